package kitei.parameters;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kitei.tariff.DecisionKind;

/**
 * What the code knows of one parameter of decision-tables/parameters.xlsx, and the only place it is
 * said: its name, unit, clause, the decision that reads it (and, for cancellations, the subject), and
 * the values the rules can compute with: whole numbers from {@code min} to {@code max}, or one of the
 * constants of {@code choices}. The gate refuses a row outside it; {@link Parameter} reads by it.
 */
public record Declaration(String name, String unit, String clause, DecisionKind usedBy, String subject,
                          int min, int max, Class<? extends Enum<?>> choices, String why) {

    static Declaration count(String name, String unit, String clause, DecisionKind usedBy, String subject, int min, int max, String why) {
        return new Declaration(name, unit, clause, usedBy, subject, min, max, null, why);
    }

    static Declaration choice(String name, String unit, String clause, DecisionKind usedBy, Class<? extends Enum<?>> choices) {
        return new Declaration(name, unit, clause, usedBy, "", 0, 0, choices, "");
    }

    public boolean isChoice() {
        return choices != null;
    }

    public List<String> choiceNames() {
        return isChoice() ? Arrays.stream(choices.getEnumConstants()).map(Enum::name).toList() : List.of();
    }

    /** What the rules need of the value, in an analyst's words; empty when the value fits. */
    public Optional<String> refusal(String value) {
        String text = value == null ? "" : value.trim();
        if (isChoice()) {
            return choiceNames().contains(text) ? Optional.empty()
                    : Optional.of("'" + text + "' is not a " + unit + " the rules know; " + name + " is one of " + String.join(", ", choiceNames()));
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException notNumber) {
            return Optional.of("'" + text + "' is not a number; " + name + " is a whole number " + range());
        }
        if (number.stripTrailingZeros().scale() > 0) {
            return Optional.of(text + " is not a whole number; " + name + " is a whole number " + range());
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            return Optional.of(text + " " + unit + " is outside what the rules can compute with: " + name + " is " + range() + why);
        }
        return Optional.empty();
    }

    /** "from 1 to 365 days", as the sheet and the documentation say it. */
    public String range() {
        return "from " + min + " to " + max + " " + unit;
    }
}
