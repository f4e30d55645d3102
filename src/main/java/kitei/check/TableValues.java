package kitei.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    private TableValues() {
    }

    static List<Issue> check(DecisionTable table) {
        List<Issue> issues = new ArrayList<>();
        for (TableRow row : table.rows()) {
            for (Column column : table.columns()) {
                String text = row.value(column);
                if (!text.isEmpty()) {
                    checkCell(table, row, column, text, issues);
                }
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
                issues.add(Issue.error(table.at(row, column), "'" + word + "' is not a " + noun + NearMiss.hint(word, known)
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
                    + NearMiss.hint(code, Vocabulary.CODES.keySet())
                    + "; a new obligation IIJ designates may bring its own code only on a row citing " + Vocabulary.OPEN_CLAUSE));
        } else if (owner != null && Clauses.isKnown(rowClause) && !owner.equals(rowClause)) {
            issues.add(Issue.error(table.at(row, column), "code " + code + " belongs to clause " + owner
                    + ", and this row cites " + rowClause));
        }
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
}
