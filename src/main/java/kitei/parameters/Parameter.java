package kitei.parameters;

import java.math.BigDecimal;
import java.util.Arrays;

import kitei.engine.Conclusion;

/**
 * A number or method the tariff's house readings leave to the analysts (decision-tables/parameters.xlsx):
 * inserted by its table row for the decisions that use it, so that the trace echoes its value.
 */
public record Parameter(String name, String value, String unit) implements Conclusion {

    public Parameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("parameter " + name + " has no value");
        }
        value = wholeNumberAsTyped(value.trim());
        unit = unit == null ? "" : unit.trim();
    }

    /** A spreadsheet may hand a typed 45 back as "45.0"; the trace should say 45. */
    private static String wholeNumberAsTyped(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return number.stripTrailingZeros().scale() <= 0 ? number.toBigIntegerExact().toString() : value;
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return value;
        }
    }

    /** The value as a whole number within its {@link Declaration}'s bounds; an analyst's "30.0" is 30. */
    public int intValue() {
        Declaration declared = Declarations.find(name).orElseThrow(() -> new IllegalArgumentException(
                "parameter " + name + " is not declared in kitei.parameters.Declarations"));
        declared.refusal(value).ifPresent(refusal -> {
            throw new IllegalArgumentException("parameter " + name + ": " + refusal);
        });
        return new BigDecimal(value.replace(",", "")).intValueExact();
    }

    /** The value as one of the choices of an enumeration, such as a proration method. */
    public <E extends Enum<E>> E choice(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("parameter " + name + " is " + value + "; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }

    @Override
    public String effect() {
        String shownUnit = "1".equals(value) && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return "parameter " + name + " = " + value + (shownUnit.isEmpty() ? "" : " " + shownUnit);
    }
}
