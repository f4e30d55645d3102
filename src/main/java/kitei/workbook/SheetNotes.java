package kitei.workbook;

import java.util.Arrays;
import java.util.List;

import kitei.money.Proration;
import kitei.money.Rounding;

/**
 * What the sheets say about their values, written by the formatter from the code that decides it, so
 * that the sheet, the README and the engine state one bound.
 */
public final class SheetNotes {

    /**
     * The least number of days, months or hours a parameter may hold: {@code Parameter.intValue()}
     * refuses less, and App3 divides by CREDIT_DAY_HOURS and CREDIT_DIVISOR_DAYS.
     */
    public static final int LEAST_QUANTITY = 1;

    /** The start of the note that {@link #parameterValues()} replaces on the Parameters sheet. */
    static final String PARAMETER_VALUES_PREFIX = "Values:";

    private SheetNotes() {
    }

    public static String parameterValues() {
        return PARAMETER_VALUES_PREFIX + " whole numbers of days, months or hours (" + LEAST_QUANTITY + " or more); PRORATION_METHOD is "
                + either(Proration.values()) + " (THIRTY uses PRORATION_DAYS_PER_MONTH); roundings are " + either(Rounding.values())
                + ". Check an edit with: java -jar target/kitei.jar check";
    }

    private static String either(Enum<?>[] constants) {
        List<String> names = Arrays.stream(constants).map(Enum::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
