package kitei.release.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import kitei.check.Scenario;
import kitei.check.ScenarioBook;

/**
 * Compares the scenarios of two releases by name, read as the gate reads them: a request or answer
 * re-indented is the same JSON, so the same scenario. A scenario whose row cannot be read (no name,
 * JSON that does not parse) is not a scenario; the workbook's cell changes still show the edit.
 */
final class ScenarioComparison {

    private static final Map<String, Function<Scenario, Object>> COLUMNS = columns();

    private ScenarioComparison() {
    }

    static List<ScenarioChange> between(Map<String, byte[]> before, Map<String, byte[]> after) {
        if (sameBooks(before, after)) {
            return List.of();
        }
        Map<String, Scenario> old = scenarios(before);
        Map<String, Scenario> now = scenarios(after);
        List<ScenarioChange> changes = new ArrayList<>();
        old.forEach((name, scenario) -> {
            if (!now.containsKey(name)) {
                changes.add(new ScenarioChange(name, Change.REMOVED, scenario.where().file(), List.of()));
            }
        });
        now.forEach((name, scenario) -> {
            Scenario was = old.get(name);
            if (was == null) {
                changes.add(new ScenarioChange(name, Change.ADDED, scenario.where().file(), List.of()));
                return;
            }
            List<String> changed = COLUMNS.entrySet().stream()
                    .filter(column -> !Objects.equals(column.getValue().apply(was), column.getValue().apply(scenario)))
                    .map(Map.Entry::getKey).toList();
            if (!changed.isEmpty()) {
                changes.add(new ScenarioChange(name, Change.CHANGED, scenario.where().file(), changed));
            }
        });
        changes.sort((a, b) -> a.name().compareTo(b.name()));
        return changes;
    }

    /** No book added, removed or saved again: then no scenario changed, and none need be read. */
    private static boolean sameBooks(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<String> old = before.keySet().stream().filter(ReleaseFiles::isScenarioBook).sorted().toList();
        List<String> now = after.keySet().stream().filter(ReleaseFiles::isScenarioBook).sorted().toList();
        return old.equals(now) && old.stream().allMatch(path -> Arrays.equals(before.get(path), after.get(path)));
    }

    /** By name; when two rows share a name, the first is the scenario (the gate runs both, but a diff needs one key). */
    private static Map<String, Scenario> scenarios(Map<String, byte[]> files) {
        Map<String, Scenario> scenarios = new TreeMap<>();
        files.forEach((path, bytes) -> {
            if (ReleaseFiles.isScenarioBook(path)) {
                ScenarioBook.read(path, bytes).scenarios().forEach(scenario -> scenarios.putIfAbsent(scenario.name(), scenario));
            }
        });
        return scenarios;
    }

    private static Map<String, Function<Scenario, Object>> columns() {
        Map<String, Function<Scenario, Object>> columns = new LinkedHashMap<>();
        columns.put("endpoint", Scenario::endpoint);
        columns.put("request", Scenario::request);
        columns.put("status", Scenario::status);
        columns.put("verdict", Scenario::verdict);
        columns.put("codes", Scenario::codes);
        columns.put("answer", Scenario::answer);
        columns.put("clauses", Scenario::clauses);
        return columns;
    }
}
