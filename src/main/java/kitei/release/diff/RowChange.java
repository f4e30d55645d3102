package kitei.release.diff;

import java.util.List;

/**
 * A row that a table gained or lost: {@code row} is its 1-based number in the release that has it (the
 * newer for an added row, the older for a removed one), {@code values} its cells from column A.
 */
public record RowChange(String sheet, int row, Change change, List<String> values) {

    public RowChange {
        values = List.copyOf(values);
    }
}
