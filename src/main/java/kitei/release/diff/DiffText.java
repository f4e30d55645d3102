package kitei.release.diff;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellReference;
import java.util.Locale;

/** A release diff as plain text: the summary, each file's changes, then parameters and scenarios by name. */
final class DiffText {

    private final StringBuilder out = new StringBuilder();

    private DiffText() {
    }

    static String render(ReleaseDiff diff) {
        DiffText text = new DiffText();
        text.line(diff.summary());
        diff.workbooks().forEach(text::workbook);
        diff.texts().forEach(text::text);
        if (!diff.parameters().isEmpty()) {
            text.line("").line("parameters (" + ParameterComparison.FILE + ")");
            diff.parameters().forEach(text::parameter);
        }
        if (!diff.scenarios().isEmpty()) {
            text.line("").line("scenarios");
            diff.scenarios().forEach(text::scenario);
        }
        return text.out.toString();
    }

    private void workbook(WorkbookDiff workbook) {
        line("").line(workbook.file() + heading(workbook.change(), workbook.reason()));
        workbook.sheetsAdded().forEach(sheet -> line("  sheet " + sheet + " added"));
        workbook.sheetsRemoved().forEach(sheet -> line("  sheet " + sheet + " removed"));
        workbook.cells().forEach(cell -> line("  " + cell.sheet() + "!" + cell.cell() + ": " + value(cell.before()) + " → " + value(cell.after())));
        workbook.rows().forEach(row -> line("  " + row.sheet() + " row " + row.row() + " " + lower(row.change()) + row(row.values())));
    }

    private void text(TextDiff text) {
        line("").line(text.file() + heading(text.change(), text.reason()));
        for (TextDiff.Hunk hunk : text.hunks()) {
            line("  @@ -" + range(hunk.beforeLine(), hunk.removed()) + " +" + range(hunk.afterLine(), hunk.added()) + " @@");
            hunk.removed().forEach(removed -> line("  - " + removed));
            hunk.added().forEach(added -> line("  + " + added));
        }
    }

    private void parameter(ParameterChange parameter) {
        String where = (parameter.unit().isEmpty() ? "" : " " + parameter.unit()) + (parameter.clause().isEmpty() ? "" : " (" + parameter.clause() + ")")
                + (parameter.inForceFrom() == null ? "" : " from " + parameter.inForceFrom());
        switch (parameter.change()) {
            case ADDED -> line("  " + parameter.name() + " added: " + parameter.after() + where);
            case REMOVED -> line("  " + parameter.name() + " removed (was " + parameter.before() + where + ")");
            default -> line("  " + parameter.name() + ": " + parameter.before() + " → " + parameter.after() + where);
        }
    }

    private void scenario(ScenarioChange scenario) {
        String columns = scenario.columns().isEmpty() ? "" : ": " + String.join(", ", scenario.columns());
        line("  " + lower(scenario.change()) + " " + scenario.name() + " (" + scenario.file() + ")" + columns);
    }

    private static String heading(Change change, String reason) {
        return switch (change) {
            case ADDED -> " (added)";
            case REMOVED -> " (removed)";
            case NOT_COMPARED -> " not compared: " + reason;
            case CHANGED -> "";
        };
    }

    /** A row's filled cells by column letter ("B: PROXY | E: GROUP"), so that blank columns do not read as values. */
    private static String row(List<String> values) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < values.size(); column++) {
            if (!values.get(column).isBlank()) {
                cells.add(CellReference.convertNumToColString(column) + ": " + value(values.get(column)));
            }
        }
        return cells.isEmpty() ? " (blank)" : ": " + String.join(" | ", cells);
    }

    private static String range(int line, List<String> lines) {
        return line + "," + lines.size();
    }

    /** A cell's value on one line: an empty cell says so, and a line break inside a cell shows as ⏎. */
    private static String value(String value) {
        return value.isEmpty() ? "(empty)" : value.replace("\r", "").replace("\n", " ⏎ ");
    }

    private static String lower(Change change) {
        return change.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private DiffText line(String text) {
        out.append(text).append('\n');
        return this;
    }
}
