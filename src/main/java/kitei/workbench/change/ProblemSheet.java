package kitei.workbench.change;

import static kitei.workbench.Html.e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

import kitei.check.Issue;
import kitei.workbench.Html;
import kitei.workbench.tables.SheetGrid;

/**
 * A sheet drawn as the spreadsheet shows it (column letters, row numbers), each cell the gate named
 * highlighted and its message written right under its row, as an analyst would mark up a printout.
 */
final class ProblemSheet {

    private ProblemSheet() {
    }

    /** The id of a problem's cell on the page: what the error summary links to. */
    static String cellId(String file, String sheet, String cell) {
        return "cell-" + Html.id(file + "-" + sheet + "-" + cell);
    }

    static String render(String file, SheetGrid grid, List<Issue> issues) {
        Map<Long, List<Issue>> byCell = new HashMap<>();
        Map<Integer, List<Issue>> byRow = new HashMap<>();
        for (Issue issue : issues) {
            CellReference reference = new CellReference(issue.where().cell());
            byCell.computeIfAbsent(key(reference.getRow(), reference.getCol()), k -> new ArrayList<>()).add(issue);
            byRow.computeIfAbsent(reference.getRow(), k -> new ArrayList<>()).add(issue);
        }
        int columns = grid.columns();
        for (Issue issue : issues) {
            columns = Math.max(columns, new CellReference(issue.where().cell()).getCol() + 1);
        }
        int lastRow = grid.lastRow();
        for (int row : byRow.keySet()) {
            lastRow = Math.max(lastRow, row);
        }
        StringBuilder html = new StringBuilder("<div class=\"scroll\"><table class=\"sheet\"><caption>").append(e(file)).append(", sheet ")
                .append(e(grid.sheet())).append("</caption><thead><tr><th scope=\"col\"></th>");
        for (int c = 0; c < columns; c++) {
            html.append("<th scope=\"col\">").append(CellReference.convertNumToColString(c)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (int r = 0; r <= lastRow; r++) {
            List<Issue> ofRow = byRow.getOrDefault(r, List.of());
            html.append("<tr").append(ofRow.isEmpty() ? "" : " class=\"has-problem\"").append("><th scope=\"row\">").append(r + 1).append("</th>");
            for (int c = 0; c < columns; c++) {
                List<Issue> here = byCell.get(key(r, c));
                if (here == null) {
                    html.append("<td>").append(e(grid.text(r, c))).append("</td>");
                } else {
                    String name = new CellReference(r, c).formatAsString(false);
                    html.append("<td class=\"problem").append(here.stream().anyMatch(Issue::isError) ? "" : " warning").append("\" id=\"")
                            .append(e(cellId(file, grid.sheet(), name))).append("\" tabindex=\"-1\">").append(e(grid.text(r, c))).append("</td>");
                }
            }
            html.append("</tr>");
            if (!ofRow.isEmpty()) {
                // The gate's words right under the row, across the sheet, so that no scrolling hides them.
                html.append("<tr class=\"message-row\"><th scope=\"row\"></th><td class=\"message\" colspan=\"").append(columns).append("\">");
                for (Issue issue : ofRow) {
                    html.append("<p><strong>").append(e(issue.where().cell())).append("</strong> ")
                            .append(issue.isError() ? "" : "(warning) ").append(e(issue.message())).append("</p>");
                }
                html.append("</td></tr>");
            }
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
