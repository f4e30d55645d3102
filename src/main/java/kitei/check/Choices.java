package kitei.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kitei.check.DecisionTable.Column;
import kitei.tariff.Codes;

/**
 * The values a column of a table may hold, for its drop-down: the same words the gate accepts there.
 * {@code several} marks a column that takes a comma-separated list (or, for codes, may take a new one),
 * so its drop-down offers the words without refusing what is typed.
 */
public record Choices(List<String> values, boolean several) {

    private static final Pattern ENUM_PARAM = Pattern.compile("([A-Z]\\w*)\\.\\$");

    public Choices {
        values = List.copyOf(values);
    }

    /** The choices of a column, read from the vocabulary the gate checks against; empty for a free column. */
    public static Optional<Choices> of(DecisionTable table, Column column) {
        String template = column.template();
        boolean list = template.contains("forall");
        Matcher enumParam = ENUM_PARAM.matcher(template);
        if (enumParam.find()) {
            return constants(table, enumParam.group(1)).map(values -> new Choices(values, list));
        }
        if (template.contains("service == \"$")) {
            return Optional.of(new Choices(ContractWords.services(), list));
        }
        if (template.contains("qualifier == \"$")) {
            return Optional.of(new Choices(valuesOf(table, column), true));
        }
        if (column.objectType().contains("SetupDone")) {
            return Optional.of(new Choices(ContractWords.SETUP_FLAGS, list));
        }
        if (template.matches("String\\s+code\\s*=.*")) {
            return Optional.of(new Choices(codesOfCitedClauses(table), true));
        }
        return Optional.empty();
    }

    /** The codes of the clauses the table's rows cite: a table's own family of codes, short enough for a drop-down. */
    private static List<String> codesOfCitedClauses(DecisionTable table) {
        Set<String> cited = new LinkedHashSet<>();
        table.columns().stream().filter(c -> c.template().replace(" ", "").startsWith("clause("))
                .forEach(c -> table.rows().stream().map(row -> row.value(c)).forEach(cited::add));
        List<String> codes = new ArrayList<>();
        Codes.all().stream().filter(code -> cited.contains(code.clause())).forEach(code -> codes.add(code.code()));
        table.columns().stream().filter(c -> c.template().matches("String\\s+code\\s*=.*"))
                .forEach(c -> table.rows().stream().map(row -> row.value(c)).filter(code -> !code.isEmpty() && !codes.contains(code)).forEach(codes::add));
        return codes;
    }

    /** The words a column already holds: the analysts' own list, offered without refusing a new word. */
    private static List<String> valuesOf(DecisionTable table, Column column) {
        return table.rows().stream().flatMap(row -> Arrays.stream(row.value(column).split(",")))
                .map(String::strip).filter(value -> !value.isEmpty()).distinct().toList();
    }

    private static Optional<List<String>> constants(DecisionTable table, String simpleName) {
        for (String imported : table.imports()) {
            if (imported.endsWith("." + simpleName)) {
                try {
                    Class<?> type = Class.forName(imported, false, Choices.class.getClassLoader());
                    if (type.isEnum()) {
                        return Optional.of(Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList());
                    }
                } catch (ClassNotFoundException unknown) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
