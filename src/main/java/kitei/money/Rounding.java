package kitei.money;

import java.math.RoundingMode;

import kitei.input.Described;

/** How an exact amount becomes whole yen, once, at the end (App2, App3). */
@Described("rounding")
public enum Rounding {
    DOWN(RoundingMode.FLOOR),
    UP(RoundingMode.CEILING),
    HALF_UP(RoundingMode.HALF_UP);

    private final RoundingMode mode;

    Rounding(RoundingMode mode) {
        this.mode = mode;
    }

    RoundingMode mode() {
        return mode;
    }
}
