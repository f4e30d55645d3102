package kitei.release.diff;

import java.util.List;

/**
 * What changed in one workbook (a decision table or a scenario book), in the values the analyst sees.
 * {@code reason} is set only when the workbook was {@link Change#NOT_COMPARED not compared}.
 */
public record WorkbookDiff(String file, Change change, String reason, List<String> sheetsAdded, List<String> sheetsRemoved,
                           List<CellChange> cells, List<RowChange> rows) {

    public WorkbookDiff {
        sheetsAdded = List.copyOf(sheetsAdded);
        sheetsRemoved = List.copyOf(sheetsRemoved);
        cells = List.copyOf(cells);
        rows = List.copyOf(rows);
    }

    static WorkbookDiff whole(String file, Change change) {
        return new WorkbookDiff(file, change, null, List.of(), List.of(), List.of(), List.of());
    }

    static WorkbookDiff notCompared(String file, String reason) {
        return new WorkbookDiff(file, Change.NOT_COMPARED, reason, List.of(), List.of(), List.of(), List.of());
    }

    boolean isSame() {
        return change == Change.CHANGED && sheetsAdded.isEmpty() && sheetsRemoved.isEmpty() && cells.isEmpty() && rows.isEmpty();
    }
}
