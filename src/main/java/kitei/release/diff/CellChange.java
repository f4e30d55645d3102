package kitei.release.diff;

/**
 * One cell whose value the analyst sees differently: {@code cell} is where it is in the newer release
 * (rows inserted above it may have moved it), values as displayed, formulas as their cached result.
 */
public record CellChange(String sheet, String cell, String before, String after) {
}
