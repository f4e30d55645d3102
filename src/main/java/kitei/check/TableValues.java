package kitei.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;
import kitei.eligibility.MobileServiceType;
import kitei.input.Described;
import kitei.tariff.Clauses;

/**
 * Checks each cell of a table for a value of the right kind: a constant its column's enumeration has,
 * a service, plan or set-up flag the tariff knows, a clause id of ARTICLES.md, a code of the API with
 * the clause it belongs to, and numbers where a parameter's unit asks for one.
 */
final class TableValues {

    private static final Pattern ENUM_PARAM = Pattern.compile("([A-Z]\\w*)\\.\\$");
    /** Parameters whose unit names a choice: the enumeration that lists the choices. */
    private static final java.util.Map<String, String> CHOICES = java.util.Map.of(
            "method", "kitei.money.Proration", "rounding", "kitei.money.Rounding");
    private static final Pattern UNIT = Pattern.compile("(?i)day|month|hour|日|月|時間");

    private TableValues() {
    }

    static List<Issue> check(DecisionTable table) {
        List<Issue> issues = new ArrayList<>();
        Optional<Column> unit = labelled(table, "unit", "単位");
        Optional<Column> value = labelled(table, "value", "値");
        for (TableRow row : table.rows()) {
            for (Column column : table.columns()) {
                String text = row.value(column);
                if (!text.isEmpty()) {
                    checkCell(table, row, column, text, issues);
                }
            }
            if (unit.isPresent() && value.isPresent()) {
                checkQuantity(table, row, value.get(), row.value(unit.get()), issues);
            }
        }
        return issues;
    }

    private static void checkCell(DecisionTable table, TableRow row, Column column, String text, List<Issue> issues) {
        String template = column.template();
        Matcher enumParam = ENUM_PARAM.matcher(template);
        if (enumParam.find()) {
            enumType(table, enumParam.group(1)).ifPresent(type -> checkConstants(table, row, column, text, type, issues));
        }
        if (template.contains("service == \"$")) {
            checkWords(table, row, column, text, Vocabulary.services(), "service", issues);
        }
        if (template.contains("qualifier == \"$")) {
            checkQualifiers(table, row, column, text, issues);
        }
        if (column.objectType().contains("SetupDone")) {
            checkWords(table, row, column, text, Vocabulary.SETUP_FLAGS, "set-up flag of the request", issues);
        }
        if (template.replace(" ", "").startsWith("clause(") && !Clauses.isKnown(text)) {
            issues.add(Issue.error(table.at(row, column), "'" + text + "' is not a clause id of the tariff (ARTICLES.md), "
                    + "such as A5.3, A5.6.2 or A14.4"));
        }
        if (template.matches("String\\s+code\\s*=.*")) {
            checkCode(table, row, column, text, issues);
        }
    }

    private static void checkConstants(DecisionTable table, TableRow row, Column column, String text,
                                       Class<? extends Enum<?>> type, List<Issue> issues) {
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String noun = type.isAnnotationPresent(Described.class) ? type.getAnnotation(Described.class).value() : type.getSimpleName();
        checkWords(table, row, column, text, constants, noun, issues);
    }

    private static void checkWords(DecisionTable table, TableRow row, Column column, String text, List<String> known,
                                   String noun, List<Issue> issues) {
        for (String word : words(column, text)) {
            if (!known.contains(word)) {
                issues.add(Issue.error(table.at(row, column), "'" + word + "' is not a " + noun + suggestion(word, known)
                        + "; the " + noun + "s are " + String.join(", ", known)));
            }
        }
    }

    private static void checkQualifiers(DecisionTable table, TableRow row, Column column, String text, List<Issue> issues) {
        Optional<MobileServiceType> mobile = table.columns().stream()
                .filter(other -> other.index() != column.index())
                .map(row::value)
                .flatMap(value -> Vocabulary.mobileType(value).stream())
                .findFirst();
        if (mobile.isEmpty()) {
            issues.add(Issue.error(table.at(row, column), "'" + text + "' names a category, plan or network type, "
                    + "but the row names no mobile service (MOBILE_TYPE_D, MOBILE_TYPE_K or MOBILE_TYPE_I) it would belong to"));
            return;
        }
        MobileServiceType type = mobile.get();
        checkWords(table, row, column, text, Vocabulary.qualifiers(type),
                Vocabulary.qualifierNoun(type) + " of IIJ Mobile Service " + type + " that the tariff names", issues);
    }

    private static void checkCode(DecisionTable table, TableRow row, Column column, String code, List<Issue> issues) {
        String rowClause = table.columns().stream()
                .filter(c -> c.template().replace(" ", "").startsWith("clause("))
                .map(row::value).findFirst().orElse("");
        String owner = Vocabulary.CODES.get(code);
        if (owner == null && !rowClause.equals(Vocabulary.OPEN_CLAUSE)) {
            issues.add(Issue.error(table.at(row, column), "'" + code + "' is not a code of the API"
                    + suggestion(code, List.copyOf(Vocabulary.CODES.keySet()))
                    + "; a new obligation IIJ designates may bring its own code only on a row citing " + Vocabulary.OPEN_CLAUSE));
        } else if (owner != null && Clauses.isKnown(rowClause) && !owner.equals(rowClause)) {
            issues.add(Issue.error(table.at(row, column), "code " + code + " belongs to clause " + owner
                    + ", and this row cites " + rowClause));
        }
    }

    /** A parameter whose unit is days, months or hours needs a number of them, zero or more; a method, one the code knows. */
    private static void checkQuantity(DecisionTable table, TableRow row, Column value, String unit, List<Issue> issues) {
        String text = row.value(value);
        String choices = CHOICES.get(unit.toLowerCase(Locale.ROOT));
        if (choices != null) {
            loadEnum(choices).ifPresent(type -> checkConstants(table, row, value, text, type, issues));
            return;
        }
        if (!UNIT.matcher(unit).find()) {
            return;
        }
        try {
            BigDecimal number = new BigDecimal(text.replace(",", "").trim());
            if (number.signum() < 0) {
                issues.add(Issue.error(table.at(row, value), text + " " + unit + " is negative; a period or threshold is zero or more"));
            } else if (number.stripTrailingZeros().scale() > 0) {
                issues.add(Issue.error(table.at(row, value), text + " is not a whole number of " + unit));
            }
        } catch (NumberFormatException notNumber) {
            issues.add(Issue.error(table.at(row, value), "'" + text + "' is not a number; the unit of this row is "
                    + unit + ", so the value must be a whole number like 30"));
        }
    }

    private static Optional<Column> labelled(DecisionTable table, String english, String japanese) {
        return table.columns().stream()
                .filter(c -> c.shortLabel().toLowerCase(Locale.ROOT).matches(".*\\b" + english + "\\b.*") || c.label().startsWith(japanese))
                .findFirst();
    }

    /** A comma-separated list in a {@code forall} column, else the one value. */
    static List<String> words(Column column, String text) {
        if (!column.template().contains("forall")) {
            return List.of(text.trim());
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(w -> !w.isEmpty()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends Enum<?>>> enumType(DecisionTable table, String simpleName) {
        for (String imported : table.imports()) {
            if (imported.endsWith("." + simpleName)) {
                return loadEnum(imported);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends Enum<?>>> loadEnum(String name) {
        try {
            Class<?> type = Class.forName(name, false, TableValues.class.getClassLoader());
            return type.isEnum() ? Optional.of((Class<? extends Enum<?>>) type) : Optional.empty();
        } catch (ClassNotFoundException unknown) {
            return Optional.empty(); // the build reports an import it cannot resolve
        }
    }

    private static String suggestion(String word, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(word.toUpperCase(Locale.ROOT), candidate.toUpperCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= 2 ? " (did you mean " + best + "?)" : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
