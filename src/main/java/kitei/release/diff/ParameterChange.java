package kitei.release.diff;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A row of {@code decision-tables/parameters.xlsx} that changed, by its name: value before and after
 * (null on the side that lacks it), with the unit and clause of the newer release (or the older one,
 * for a removed parameter). A revision's row ({@code decision-tables/from-…/parameters.xlsx}) is
 * compared with the version before it, and names the day it changes from ({@code inForceFrom}).
 */
public record ParameterChange(String name, Change change, String before, String after, String unit, String clause,
                              @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate inForceFrom) {

    public ParameterChange(String name, Change change, String before, String after, String unit, String clause) {
        this(name, change, before, after, unit, clause, null);
    }

    ParameterChange from(LocalDate day) {
        return new ParameterChange(name, change, before, after, unit, clause, day);
    }
}
