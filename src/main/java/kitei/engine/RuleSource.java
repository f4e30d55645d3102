package kitei.engine;

/**
 * Where a rule is written: a DRL file and line, or a workbook, sheet and row.
 * Rendered the way an analyst finds it: {@code rules/a6.drl:12} or {@code decision-tables/x.xlsx!Sheet!row 7}.
 */
public record RuleSource(String file, String sheet, int line) {

    public static RuleSource drl(String file, int line) {
        return new RuleSource(file, null, line);
    }

    public static RuleSource workbook(String file, String sheet, int row) {
        return new RuleSource(file, sheet, row);
    }

    public boolean isTableRow() {
        return sheet != null;
    }

    @Override
    public String toString() {
        return isTableRow() ? file + "!" + sheet + "!row " + line : file + ":" + line;
    }
}
