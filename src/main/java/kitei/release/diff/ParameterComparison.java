package kitei.release.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the rows of {@code decision-tables/parameters.xlsx} by parameter name. The table is found
 * the way an analyst finds it: the row whose labels end in Name and Value (the English line of a
 * bilingual label), then one parameter per row until a row with no name.
 */
final class ParameterComparison {

    static final String FILE = "decision-tables/parameters.xlsx";

    /** One parameter row as the analyst sees it. */
    private record Row(String name, String value, String unit, String clause) {
    }

    private ParameterComparison() {
    }

    static List<ParameterChange> between(byte[] before, byte[] after) {
        if (java.util.Arrays.equals(before, after)) {
            return List.of();
        }
        Map<String, Row> old = rows(before);
        Map<String, Row> now = rows(after);
        List<ParameterChange> changes = new ArrayList<>();
        old.values().stream().filter(row -> !now.containsKey(row.name()))
                .forEach(row -> changes.add(new ParameterChange(row.name(), Change.REMOVED, row.value(), null, row.unit(), row.clause())));
        now.values().forEach(row -> {
            Row was = old.get(row.name());
            if (was == null) {
                changes.add(new ParameterChange(row.name(), Change.ADDED, null, row.value(), row.unit(), row.clause()));
            } else if (!was.equals(row)) {
                changes.add(new ParameterChange(row.name(), Change.CHANGED, was.value(), row.value(), row.unit(), row.clause()));
            }
        });
        changes.sort((a, b) -> a.name().compareTo(b.name()));
        return changes;
    }

    /** The parameters by name; none when the file is absent or unreadable (its workbook entry says why). */
    private static Map<String, Row> rows(byte[] workbook) {
        Map<String, Row> rows = new LinkedHashMap<>();
        if (workbook == null) {
            return rows;
        }
        WorkbookValues.Read read = WorkbookValues.read(workbook);
        if (read.values() == null) {
            return rows;
        }
        for (List<List<String>> sheet : read.values().sheets().values()) {
            Map<String, Integer> columns = null;
            for (List<String> row : sheet) {
                if (columns == null) {
                    columns = header(row);
                    continue;
                }
                String name = cell(row, columns.get("name"));
                if (name.isEmpty()) {
                    columns = null;
                    continue;
                }
                rows.putIfAbsent(name, new Row(name, cell(row, columns.get("value")), cell(row, columns.get("unit")), cell(row, columns.get("clause"))));
            }
        }
        return rows;
    }

    private static Map<String, Integer> header(List<String> row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String[] lines = row.get(i).trim().split("\n");
            String label = lines[lines.length - 1].trim().toLowerCase(Locale.ROOT);
            if (List.of("name", "value", "unit", "clause").contains(label)) {
                columns.putIfAbsent(label, i);
            }
        }
        return columns.containsKey("name") && columns.containsKey("value") ? columns : null;
    }

    private static String cell(List<String> row, Integer column) {
        return column == null || column >= row.size() ? "" : Objects.requireNonNullElse(row.get(column), "").trim();
    }
}
