package kitei.release.diff;

/**
 * A row of {@code decision-tables/parameters.xlsx} that changed, by its name: value before and after
 * (null on the side that lacks it), with the unit and clause of the newer release (or the older one,
 * for a removed parameter).
 */
public record ParameterChange(String name, Change change, String before, String after, String unit, String clause) {
}
