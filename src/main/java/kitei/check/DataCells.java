package kitei.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;

/**
 * Keeps a data cell data. Drools copies a cell's text as it stands into its column's code template
 * (between quotes, into bare code, or into a comment for a DESCRIPTION column), so a quote, a
 * backslash (Java reads {@code \u0022} as a quote), a comment's end or a line break would let the
 * text out of its place and into the rule's code. Where the template puts the text in bare code
 * ({@code kind == PriceKind.$param}), only names and numbers fit.
 */
final class DataCells {

    /** What any cell may not hold, whatever its column: each lets text out of a string or a comment. */
    private static final Pattern BREAKS_OUT = Pattern.compile("[\"\\\\\\p{Cntrl}\\u2028\\u2029]|\\*/");
    /** A template's parameter: $param, $1…$9, or a forall's bare $. */
    private static final Pattern PARAMETER = Pattern.compile("\\$(param|\\d)|\\$(?![\\w$])");
    private static final Pattern NAME_OR_NUMBER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|-?\\d+(\\.\\d+)?");

    private DataCells() {
    }

    static List<Issue> check(DecisionTable table) {
        List<Issue> issues = new ArrayList<>();
        List<Column> bare = table.columns().stream().filter(DataCells::putsTextInBareCode).toList();
        for (TableRow row : table.rows()) {
            for (Column column : table.columns()) {
                String text = row.value(column);
                if (text.isEmpty()) {
                    continue;
                }
                Matcher breaking = BREAKS_OUT.matcher(text);
                if (breaking.find()) {
                    issues.add(Issue.error(table.at(row, column), "this cell holds " + describe(breaking.group())
                            + ", which the rule engine would read as code, since it copies the cell into the rule;"
                            + " a cell may not hold a double quote (\"), a backslash (\\), '*/' or a line break (use ' or 「」 for quotes)"));
                } else if (bare.contains(column)) {
                    for (String word : text.split(",")) {
                        if (!NAME_OR_NUMBER.matcher(word.trim()).matches()) {
                            issues.add(Issue.error(table.at(row, column), "'" + word.trim() + "' is not a name or a number;"
                                    + " the rule engine copies this column's cells into the rule's code, so they hold names like TYPE_D"
                                    + " or numbers like 30 (several separated by commas)"));
                            break;
                        }
                    }
                }
            }
        }
        return issues;
    }

    /** True when some parameter of the template stands outside quotes. */
    static boolean putsTextInBareCode(Column column) {
        String template = column.template();
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            if (quotesBefore(template, parameter.start()) % 2 == 0) {
                return true;
            }
        }
        return false;
    }

    private static long quotesBefore(String template, int end) {
        return template.substring(0, end).chars().filter(c -> c == '"').count();
    }

    private static String describe(String found) {
        return switch (found) {
            case "\"" -> "a double quote (\")";
            case "\\" -> "a backslash (\\)";
            case "*/" -> "'*/'";
            default -> "a line break or another control character";
        };
    }
}
