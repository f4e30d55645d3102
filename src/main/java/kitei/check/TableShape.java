package kitei.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;
import kitei.tariff.ContractType;
import kitei.tariff.VpdnItem;

/**
 * Rows that overlap (both match one case and conclude differently) and gaps (a VPDN item with no
 * prerequisite row, a contract type with no obligation row).
 */
final class TableShape {

    static final String PREREQUISITES = "VpdnPrerequisites";
    static final String OBLIGATIONS = "CustomerObligations";

    private TableShape() {
    }

    /** Enough overlaps to show the pattern; a table of repeated rows would otherwise list every pair. */
    static final int MAX_OVERLAPS = 100;

    /**
     * Two rows overlap when they conclude the same thing (the same code, or the same parameter name;
     * in a table with neither, anything) and every condition column of one can match what the other's
     * matches: equal values, lists with a value in common, or a blank (which drops the condition).
     * Rows are grouped by what they conclude, and each row is compared only with the earlier rows that
     * share a value (or a blank) in its most selective condition column, so a table of thousands of
     * rows is checked in about the time it takes to read it.
     */
    static List<Issue> overlaps(DecisionTable table) {
        List<Issue> issues = new ArrayList<>();
        List<Column> conditions = table.columns().stream().filter(Column::isCondition).toList();
        List<Column> outcomes = table.columns().stream().filter(c -> !c.isCondition() && !c.kind().equalsIgnoreCase("DESCRIPTION")).toList();
        Optional<Column> key = key(table);
        Map<String, List<TableRow>> byConclusion = new LinkedHashMap<>();
        for (TableRow row : table.rows()) {
            byConclusion.computeIfAbsent(key.map(row::value).orElse(""), k -> new ArrayList<>()).add(row);
        }
        for (List<TableRow> rows : byConclusion.values()) {
            ConditionIndex index = new ConditionIndex(conditions);
            for (TableRow row : rows) {
                for (TableRow earlier : index.candidates(row)) {
                    if (issues.size() == MAX_OVERLAPS) {
                        issues.add(Issue.error(table.header(), "more rows overlap; the first " + MAX_OVERLAPS + " are shown"));
                        return issues;
                    }
                    if (conditions.stream().allMatch(c -> index.canMatchAlike(c, earlier, row))) {
                        issues.add(overlap(table, conditions, outcomes, earlier, row));
                    }
                }
                index.add(row);
            }
        }
        return issues;
    }

    private static Issue overlap(DecisionTable table, List<Column> conditions, List<Column> outcomes, TableRow one, TableRow other) {
        List<String> differing = outcomes.stream()
                .filter(c -> !one.value(c).equals(other.value(c)))
                .map(Column::shortLabel).toList();
        Where where = Where.cell(table.file(), table.sheet(), DecisionTable.cellName(other.index(), conditions.isEmpty() ? 1 : conditions.get(0).index()));
        if (differing.isEmpty()) {
            return Issue.warning(where, "row " + other.number() + " repeats row " + one.number() + "; delete one of them");
        }
        return Issue.error(where, "rows " + one.number() + " and " + other.number() + " overlap: both match "
                + describe(conditions, one, other) + ", and they differ in " + String.join(", ", differing)
                + "; make their conditions exclusive or merge them into one row");
    }

    /** Gaps the tariff does not allow: each VPDN item has a prerequisite (A5.3–A5.5), each type owes something (A5.6). */
    static List<Issue> gaps(List<DecisionTable> tables) {
        List<Issue> issues = new ArrayList<>();
        gap(tables, PREREQUISITES, "VpdnItem.", Arrays.stream(VpdnItem.values()).map(Enum::name).toList(),
                item -> "no row gives the prerequisite of VPDN item " + item + " (A5.3–A5.5): without one, " + item
                        + " would be allowed to every customer; add a row for " + item, issues);
        gap(tables, OBLIGATIONS, "ContractType.", Arrays.stream(ContractType.values()).map(Enum::name).toList(),
                type -> "no row lists an obligation for type " + type + " (A5.6): every type owes at least the realm "
                        + "(A5.6.1); add " + type + " to a row's types", issues);
        return issues;
    }

    private static void gap(List<DecisionTable> tables, String name, String enumPrefix, List<String> all,
                            Function<String, String> message, List<Issue> issues) {
        List<DecisionTable> found = tables.stream().filter(t -> t.name().equals(name)).toList();
        if (found.isEmpty()) {
            issues.add(Issue.error(Where.file("decision-tables/"), "no workbook has the RuleTable " + name
                    + "; it was deleted or renamed"));
            return;
        }
        Set<String> covered = new HashSet<>();
        for (DecisionTable table : found) {
            for (Column column : table.columns()) {
                if (column.isCondition() && column.template().contains(enumPrefix)) {
                    table.rows().forEach(row -> covered.addAll(TableValues.words(column, row.value(column))));
                }
            }
        }
        for (String value : all) {
            if (!covered.contains(value)) {
                issues.add(Issue.error(found.get(0).header(), message.apply(value)));
            }
        }
    }

    /** The column saying what a row concludes: a parameter's name, else the code it gives. */
    private static Optional<Column> key(DecisionTable table) {
        Optional<Column> name = table.columns().stream().filter(c -> !c.isCondition() && c.shortLabel().equalsIgnoreCase("name")).findFirst();
        return name.isPresent() ? name : table.columns().stream().filter(c -> c.template().matches("String\\s+code\\s*=.*")).findFirst();
    }

    private static String describe(List<Column> conditions, TableRow one, TableRow other) {
        List<String> parts = new ArrayList<>();
        for (Column column : conditions) {
            String a = one.value(column);
            String b = other.value(column);
            if (!a.isEmpty() || !b.isEmpty()) {
                parts.add(column.shortLabel() + " = " + (a.equals(b) ? a : (a.isEmpty() ? "(any)" : a) + " / " + (b.isEmpty() ? "(any)" : b)));
            }
        }
        return String.join("; ", parts);
    }
}
