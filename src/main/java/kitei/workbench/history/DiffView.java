package kitei.workbench.history;

import static kitei.workbench.Html.e;

import kitei.release.diff.CellChange;
import kitei.release.diff.ParameterChange;
import kitei.release.diff.ReleaseDiff;
import kitei.release.diff.RowChange;
import kitei.release.diff.ScenarioChange;
import kitei.release.diff.TextDiff;
import kitei.release.diff.WorkbookDiff;

/** A release diff as tables: parameters, then each workbook's cells (before → after), rows, scenarios and rule text. */
public final class DiffView {

    private DiffView() {
    }

    public static String render(ReleaseDiff diff) {
        StringBuilder html = new StringBuilder("<section class=\"diff\"><p class=\"summary\">").append(e(diff.summary())).append("</p>");
        if (!diff.hasDifferences()) {
            return html.append("<p>No difference.</p></section>").toString();
        }
        if (!diff.parameters().isEmpty()) {
            html.append("<h3>Parameters</h3><table class=\"cells\"><thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Clause</th>"
                    + "<th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead><tbody>");
            for (ParameterChange change : diff.parameters()) {
                html.append("<tr><th scope=\"row\">").append(e(change.name())).append("</th><td>").append(e(change.clause()))
                        .append("</td><td class=\"before\">").append(e(change.before())).append(' ').append(e(change.unit()))
                        .append("</td><td class=\"after\">").append(e(change.after())).append(' ').append(e(change.unit())).append("</td></tr>");
            }
            html.append("</tbody></table>");
        }
        for (WorkbookDiff workbook : diff.workbooks()) {
            html.append("<h3>").append(e(workbook.file())).append(" <span class=\"tag\">").append(e(workbook.change().name().toLowerCase()))
                    .append("</span></h3>");
            if (workbook.reason() != null) {
                html.append("<p>").append(e(workbook.reason())).append("</p>");
            }
            if (!workbook.cells().isEmpty()) {
                html.append("<table class=\"cells\"><thead><tr><th scope=\"col\">Cell</th><th scope=\"col\">Before</th>"
                        + "<th scope=\"col\">After</th></tr></thead><tbody>");
                for (CellChange cell : workbook.cells()) {
                    html.append("<tr><th scope=\"row\">").append(e(cell.sheet())).append('!').append(e(cell.cell()))
                            .append("</th><td class=\"before\">").append(e(cell.before())).append("</td><td class=\"after\">")
                            .append(e(cell.after())).append("</td></tr>");
                }
                html.append("</tbody></table>");
            }
            for (RowChange row : workbook.rows()) {
                html.append("<p>Row ").append(row.row()).append(" of ").append(e(row.sheet())).append(' ')
                        .append(e(row.change().name().toLowerCase())).append(": ").append(e(String.join(" | ", row.values()))).append("</p>");
            }
        }
        for (ScenarioChange scenario : diff.scenarios()) {
            html.append("<p>Scenario <strong>").append(e(scenario.name())).append("</strong> ").append(e(scenario.change().name().toLowerCase()))
                    .append(" (").append(e(scenario.file())).append(")</p>");
        }
        for (TextDiff text : diff.texts()) {
            html.append("<h3>").append(e(text.file())).append("</h3><pre class=\"text-diff\">");
            for (TextDiff.Hunk hunk : text.hunks()) {
                hunk.removed().forEach(line -> html.append("<del>- ").append(e(line)).append("</del>\n"));
                hunk.added().forEach(line -> html.append("<ins>+ ").append(e(line)).append("</ins>\n"));
            }
            html.append("</pre>");
        }
        return html.append("</section>").toString();
    }
}
