package kitei.release.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;

import kitei.check.DecisionTable;

/** Compares two versions of a workbook sheet by sheet: rows aligned first, then the cells of rows that changed. */
final class WorkbookComparison {

    private static final DiffAlgorithm ALGORITHM = new HistogramDiff();

    private final List<CellChange> cells = new ArrayList<>();
    private final List<RowChange> rows = new ArrayList<>();

    private WorkbookComparison() {
    }

    static WorkbookDiff between(String file, byte[] before, byte[] after) {
        WorkbookValues.Read old = WorkbookValues.read(before);
        WorkbookValues.Read now = WorkbookValues.read(after);
        if (old.problem() != null || now.problem() != null) {
            String side = now.problem() != null ? "the newer release's copy " + now.problem() : "the older release's copy " + old.problem();
            return WorkbookDiff.notCompared(file, side);
        }
        WorkbookComparison comparison = new WorkbookComparison();
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        old.values().sheets().keySet().stream().filter(name -> !now.values().sheets().containsKey(name)).forEach(removed::add);
        now.values().sheets().forEach((name, rows) -> {
            List<List<String>> was = old.values().sheets().get(name);
            if (was == null) {
                added.add(name);
            } else {
                comparison.sheet(name, new Rows(was), new Rows(rows));
            }
        });
        return new WorkbookDiff(file, Change.CHANGED, null, added, removed, comparison.cells, comparison.rows);
    }

    /** Whether a file that exists on one side only is a workbook at all: an unreadable one is named as such. */
    static WorkbookDiff whole(String file, Change change, byte[] content) {
        WorkbookValues.Read read = WorkbookValues.read(content);
        if (read.problem() != null) {
            String side = change == Change.ADDED ? "added, but it " : "removed, and it ";
            return WorkbookDiff.notCompared(file, side + read.problem());
        }
        return WorkbookDiff.whole(file, change);
    }

    private void sheet(String sheet, Rows before, Rows after) {
        EditList edits = ALGORITHM.diff(Rows.BY_VALUES, before, after);
        for (Edit edit : edits) {
            int paired = Math.min(edit.getLengthA(), edit.getLengthB());
            for (int i = 0; i < paired; i++) {
                cells(sheet, before.get(edit.getBeginA() + i), after.get(edit.getBeginB() + i), edit.getBeginB() + i);
            }
            for (int a = edit.getBeginA() + paired; a < edit.getEndA(); a++) {
                rows.add(new RowChange(sheet, a + 1, Change.REMOVED, before.get(a)));
            }
            for (int b = edit.getBeginB() + paired; b < edit.getEndB(); b++) {
                rows.add(new RowChange(sheet, b + 1, Change.ADDED, after.get(b)));
            }
        }
    }

    private void cells(String sheet, List<String> before, List<String> after, int row) {
        for (int column = 0; column < Math.max(before.size(), after.size()); column++) {
            String old = column < before.size() ? before.get(column) : "";
            String now = column < after.size() ? after.get(column) : "";
            if (!old.equals(now)) {
                cells.add(new CellChange(sheet, DecisionTable.cellName(row, column), old, now));
            }
        }
    }
}
