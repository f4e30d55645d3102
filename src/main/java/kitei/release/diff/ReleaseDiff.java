package kitei.release.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changed between two releases, in the analyst's terms: per workbook the cells (sheet, cell, old
 * value → new value) and rows; per text file the changed lines; scenarios and parameters by name; and
 * a one-line summary. Every list is in a stable order (by path, then sheet and row, then name).
 */
public record ReleaseDiff(String summary, List<WorkbookDiff> workbooks, List<TextDiff> texts,
                          List<ScenarioChange> scenarios, List<ParameterChange> parameters) {

    public ReleaseDiff {
        workbooks = List.copyOf(workbooks);
        texts = List.copyOf(texts);
        scenarios = List.copyOf(scenarios);
        parameters = List.copyOf(parameters);
    }

    /**
     * Compares two complete release trees, each path → content with paths relative to the project root
     * ({@code rules/a.drl}, {@code decision-tables/conflicts.xlsx}, {@code scenarios/book.xlsx}). Never
     * throws on bad content: a workbook that cannot be read, or is past a bound, is listed as not compared.
     */
    public static ReleaseDiff between(Map<String, byte[]> before, Map<String, byte[]> after) {
        List<WorkbookDiff> workbooks = new ArrayList<>();
        List<TextDiff> texts = new ArrayList<>();
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            byte[] old = before.get(path);
            byte[] now = after.get(path);
            if (old != null && now != null && Arrays.equals(old, now)) {
                continue;
            }
            Change change = old == null ? Change.ADDED : now == null ? Change.REMOVED : Change.CHANGED;
            if (ReleaseFiles.isWorkbook(path)) {
                WorkbookDiff workbook = change == Change.CHANGED ? WorkbookComparison.between(path, old, now)
                        : WorkbookComparison.whole(path, change, change == Change.ADDED ? now : old);
                if (!workbook.isSame()) {
                    workbooks.add(workbook);
                }
            } else {
                TextDiff text = TextComparison.between(path, change, old == null ? new byte[0] : old, now == null ? new byte[0] : now);
                if (text != null) {
                    texts.add(text);
                }
            }
        }
        List<ScenarioChange> scenarios = ScenarioComparison.between(before, after);
        List<ParameterChange> parameters = new ArrayList<>(
                ParameterComparison.between(before.get(ParameterComparison.FILE), after.get(ParameterComparison.FILE)));
        parameters.addAll(RevisedParameters.between(before, after));
        return new ReleaseDiff(Summary.of(workbooks, texts, scenarios, parameters), workbooks, texts, scenarios, parameters);
    }

    /** Whether the two releases differ in anything an analyst or a rule author would see. */
    public boolean hasDifferences() {
        return !(workbooks.isEmpty() && texts.isEmpty() && scenarios.isEmpty() && parameters.isEmpty());
    }

    /** The diff as plain text, for the command line and logs: the summary, then each file's changes, then parameters and scenarios. */
    public String render() {
        return DiffText.render(this);
    }
}
