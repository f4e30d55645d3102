package kitei.release.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The one line that says what a release changed: "2 cells in conflicts.xlsx, 1 parameter (NOTICE_DAYS
 * 30 → 60), 1 scenario added". The parameters and scenarios say what their workbooks' cells say, so a
 * parameter or scenario book is counted by cells only when no parameter or scenario came of its edit.
 */
final class Summary {

    private static final int NAMED_PARAMETERS = 3;

    private Summary() {
    }

    static String of(List<WorkbookDiff> workbooks, List<TextDiff> texts, List<ScenarioChange> scenarios, List<ParameterChange> parameters) {
        List<String> parts = new ArrayList<>();
        for (WorkbookDiff workbook : workbooks) {
            boolean toldByName = (workbook.file().equals(ParameterComparison.FILE) && !parameters.isEmpty())
                    || (ReleaseFiles.isScenarioBook(workbook.file()) && scenarios.stream().anyMatch(s -> s.file().equals(workbook.file())));
            if (!toldByName || workbook.change() != Change.CHANGED) {
                parts.add(workbook(workbook));
            }
        }
        texts.forEach(text -> parts.add(text(text)));
        if (!parameters.isEmpty()) {
            parts.add(parameters(parameters));
        }
        if (!scenarios.isEmpty()) {
            parts.add(scenarios(scenarios));
        }
        return parts.isEmpty() ? "no difference" : String.join(", ", parts);
    }

    private static String workbook(WorkbookDiff workbook) {
        String name = workbook.file().substring(workbook.file().lastIndexOf('/') + 1);
        return switch (workbook.change()) {
            case ADDED -> name + " added";
            case REMOVED -> name + " removed";
            case NOT_COMPARED -> name + " not compared";
            case CHANGED -> changes(workbook) + " in " + name;
        };
    }

    private static String changes(WorkbookDiff workbook) {
        List<String> counts = new ArrayList<>();
        count(counts, workbook.cells().size(), "cell", "");
        count(counts, (int) workbook.rows().stream().filter(row -> row.change() == Change.ADDED).count(), "row", " added");
        count(counts, (int) workbook.rows().stream().filter(row -> row.change() == Change.REMOVED).count(), "row", " removed");
        count(counts, workbook.sheetsAdded().size(), "sheet", " added");
        count(counts, workbook.sheetsRemoved().size(), "sheet", " removed");
        return String.join(", ", counts);
    }

    private static String text(TextDiff text) {
        return switch (text.change()) {
            case ADDED -> text.file() + " added";
            case REMOVED -> text.file() + " removed";
            case NOT_COMPARED -> text.file() + " not compared";
            case CHANGED -> plural(text.linesChanged(), "line") + " in " + text.file();
        };
    }

    private static String parameters(List<ParameterChange> parameters) {
        String named = parameters.stream().limit(NAMED_PARAMETERS).map(Summary::parameter).collect(Collectors.joining(", "));
        String more = parameters.size() > NAMED_PARAMETERS ? ", …" : "";
        return plural(parameters.size(), "parameter") + " (" + named + more + ")";
    }

    private static String parameter(ParameterChange parameter) {
        return switch (parameter.change()) {
            case ADDED -> parameter.name() + " added";
            case REMOVED -> parameter.name() + " removed";
            default -> parameter.name() + " " + parameter.before() + " → " + parameter.after();
        };
    }

    private static String scenarios(List<ScenarioChange> scenarios) {
        Map<Change, Long> byChange = new TreeMap<>(scenarios.stream().collect(Collectors.groupingBy(ScenarioChange::change, Collectors.counting())));
        List<String> parts = new ArrayList<>();
        byChange.forEach((change, count) -> parts.add((parts.isEmpty() ? plural(count.intValue(), "scenario") + " " : count + " ")
                + change.name().toLowerCase(java.util.Locale.ROOT)));
        return String.join(", ", parts);
    }

    private static void count(List<String> counts, int count, String noun, String suffix) {
        if (count > 0) {
            counts.add(plural(count, noun) + suffix);
        }
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
