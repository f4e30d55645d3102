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

    static List<Issue> check(DecisionTable table, Vocabulary vocabulary) {
        List<Issue> issues = new ArrayList<>();
        for (TableRow row : table.rows()) {
            for (Column column : table.columns()) {
                String text = row.value(column);
                if (!text.isEmpty()) {
                    checkCell(table, vocabulary, row, column, text, issues);
                }
            }
        }
        return issues;
    }

    private static void checkCell(DecisionTable table, Vocabulary vocabulary, TableRow row, Column column, String text, List<Issue> issues) {
        String template = column.template();
        Matcher enumParam = ENUM_PARAM.matcher(template);
        if (enumParam.find()) {
            enumType(table, enumParam.group(1)).ifPresent(type -> checkConstants(table, row, column, text, type, issues));
        }
        if (template.contains("service == \"$")) {
            checkWords(table, row, column, text, ContractWords.services(), "a service", "the services are", "", issues);
        }
        if (template.contains("qualifier == \"$") && !table.name().equals(Vocabulary.QUALIFYING)) {
            checkQualifiers(table, vocabulary, row, column, text, issues);
        }
        if (column.objectType().contains("SetupDone")) {
            checkWords(table, row, column, text, ContractWords.SETUP_FLAGS, "a set-up flag of the request",
                    "the request's set-up flags are", " (spec/API.md)", issues);
        }
        if (template.replace(" ", "").startsWith("clause(") && !Clauses.isKnown(text)) {
            issues.add(Issue.error(table.at(row, column), "'" + text + "' is not a clause id of the tariff (ARTICLES.md), "
                    + "such as A5.3, A5.6.2 or A14.4"));
        }
        if (template.matches("String\\s+code\\s*=.*")) {
            CodeFit.check(table, row, column, text).ifPresent(issues::add);
        }
    }

    private static void checkConstants(DecisionTable table, TableRow row, Column column, String text,
                                       Class<? extends Enum<?>> type, List<Issue> issues) {
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String noun = type.isAnnotationPresent(Described.class) ? type.getAnnotation(Described.class).value() : type.getSimpleName();
        checkWords(table, row, column, text, constants, "a " + noun, "the " + noun + "s are", "", issues);
    }

    private static void checkWords(DecisionTable table, TableRow row, Column column, String text, List<String> known,
                                   String aNoun, String theNounsAre, String source, List<Issue> issues) {
        for (String word : words(column, text)) {
            if (!known.contains(word)) {
                issues.add(Issue.error(table.at(row, column), "'" + word + "' is not " + aNoun + NearMiss.hint(word, known)
                        + "; " + theNounsAre + " " + String.join(", ", known) + source));
            }
        }
    }

    private static void checkQualifiers(DecisionTable table, Vocabulary vocabulary, TableRow row, Column column, String text,
                                        List<Issue> issues) {
        Optional<MobileServiceType> mobile = table.columns().stream()
                .filter(other -> other.index() != column.index())
                .map(row::value)
                .flatMap(value -> ContractWords.mobileType(value).stream())
                .findFirst();
        if (mobile.isEmpty()) {
            issues.add(Issue.error(table.at(row, column), "'" + text + "' names an item category, plan or network type, "
                    + "but the row names no mobile service (MOBILE_TYPE_D, MOBILE_TYPE_K or MOBILE_TYPE_I) it would belong to"));
            return;
        }
        MobileServiceType type = mobile.get();
        String noun = vocabulary.noun(type);
        for (String word : words(column, text)) {
            if (!vocabulary.qualifiers(type).contains(word)) {
                issues.add(Issue.error(table.at(row, column), "'" + word + "' is not a " + noun + " of IIJ Mobile Service " + type
                        + " that the vocabulary lists" + NearMiss.hint(word, vocabulary.qualifiers(type)) + "; it lists "
                        + (vocabulary.qualifiers(type).isEmpty() ? "none" : String.join(", ", vocabulary.qualifiers(type)))
                        + ". A new one is a row of " + Vocabulary.FILE + ", sheet MobileServices"));
            }
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
