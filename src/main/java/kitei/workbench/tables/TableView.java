package kitei.workbench.tables;

import static kitei.workbench.Html.e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kitei.check.DecisionTable;
import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;
import kitei.workbench.Html;

/**
 * A RuleTable as the analyst knows it: the notes above it (the clause's title and text), its label
 * row in the tariff's words, and its rows numbered as the spreadsheet numbers them, each row's
 * clause a link to the tariff. The header machinery (kinds, fact types, code templates) is not shown.
 */
public final class TableView {

    /** A cell longer than this gets a wider column (a message, a remedy), so that its row stays low. */
    private static final int LONG = 40;

    private TableView() {
    }

    /** The id of a row on the page, and the fragment a trace entry links to: {@code Conflicts-row-14}. */
    public static String rowId(String sheet, int rowNumber) {
        return Html.id(sheet) + "-row-" + rowNumber;
    }

    public static String render(DecisionTable table, SheetGrid grid) {
        StringBuilder html = new StringBuilder();
        html.append("<section class=\"rule-table\" aria-labelledby=\"t-").append(e(Html.id(table.sheet() + "-" + table.name()))).append("\">");
        List<String> notes = notes(table, grid);
        html.append("<h2 id=\"t-").append(e(Html.id(table.sheet() + "-" + table.name()))).append("\">")
                .append(e(notes.isEmpty() ? table.sheet() : notes.get(0))).append("</h2>");
        html.append("<p class=\"sheet-name\">Sheet <strong>").append(e(table.sheet())).append("</strong>, table ")
                .append(e(table.name())).append(", ").append(table.rows().size()).append(" rows</p>");
        for (String note : notes.subList(Math.min(1, notes.size()), notes.size())) {
            html.append("<p class=\"note\">").append(e(note)).append("</p>");
        }
        html.append("<div class=\"scroll\"><table class=\"rules\"><thead><tr><th scope=\"col\">Row</th>");
        for (Column column : table.columns()) {
            html.append("<th scope=\"col\">").append(label(column)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (TableRow row : table.rows()) {
            html.append("<tr id=\"").append(e(rowId(table.sheet(), row.number()))).append("\"><th scope=\"row\">")
                    .append(row.number()).append("</th>");
            for (Column column : table.columns()) {
                String value = row.value(column);
                html.append(value.length() > LONG ? "<td class=\"long\">" : "<td>").append(cell(column, value)).append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table></div></section>").toString();
    }

    /** The label's lines (Japanese above English, as in the workbook). */
    private static String label(Column column) {
        String label = column.label().isBlank() ? column.kind() : column.label();
        return String.join("<br>", label.lines().map(Html::e).toList());
    }

    private static String cell(Column column, String value) {
        if (isClause(column) && !value.isBlank()) {
            return "<a href=\"/workbench/tariff#clause-" + e(Html.id(value)) + "\">" + e(value) + "</a>";
        }
        return e(value);
    }

    static boolean isClause(Column column) {
        return column.kind().equalsIgnoreCase("METADATA") && column.template().startsWith("clause(");
    }

    /** The text cells above the table's RuleSet block: its title and the clause's text, in the sheet's order. */
    private static List<String> notes(DecisionTable table, SheetGrid grid) {
        List<String> notes = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, String>> row : grid.rows().entrySet()) {
            if (row.getKey() >= table.headerRow()) {
                break;
            }
            for (String text : row.getValue().values()) {
                if (text.equalsIgnoreCase("RuleSet") || text.equalsIgnoreCase("Import")) {
                    return notes;
                }
                if (!text.startsWith("Columns:")) {
                    notes.add(text);
                }
            }
        }
        return notes;
    }
}
