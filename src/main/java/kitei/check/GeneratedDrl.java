package kitei.check;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellReference;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;

/**
 * The DRL Drools generates from one workbook, compiled alone, and the way back from a line of it to
 * the cell an analyst typed: each generated rule follows a {@code // rule values at B14} comment.
 */
final class GeneratedDrl {

    private static final Pattern VALUES_AT = Pattern.compile("// rule values at ([A-Z]+)(\\d+)");

    private final String file;
    private final List<String> lines;
    private final List<DecisionTable> tables;

    private GeneratedDrl(String file, String drl, List<DecisionTable> tables) {
        this.file = file;
        this.lines = drl.lines().toList();
        this.tables = tables;
    }

    static GeneratedDrl compile(String file, byte[] bytes, List<DecisionTable> tables) {
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), InputType.XLS);
        return new GeneratedDrl(file, drl, tables);
    }

    String file() {
        return file;
    }

    List<String> lines() {
        return lines;
    }

    /** The cell behind a line (1-based) of the generated DRL, or the rule's row when no one cell shows in it. */
    Optional<Where> cellOf(int line) {
        if (line < 1 || line > lines.size()) {
            return Optional.empty();
        }
        for (int i = line - 1; i >= 0; i--) {
            Matcher at = VALUES_AT.matcher(lines.get(i));
            if (at.find()) {
                int row = Integer.parseInt(at.group(2)) - 1;
                return Optional.of(cellIn(row, lines.get(line - 1)));
            }
        }
        return Optional.empty();
    }

    /** The first line (1-based) holding the snippet, whitespace aside; 0 when none does. */
    int lineOf(String snippet) {
        String wanted = squeeze(snippet);
        if (wanted.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (squeeze(lines.get(i)).contains(wanted)) {
                return i + 1;
            }
        }
        return 0;
    }

    private Where cellIn(int rowIndex, String drlLine) {
        for (DecisionTable table : tables) {
            Optional<TableRow> row = table.row(rowIndex);
            if (row.isEmpty()) {
                continue;
            }
            String line = squeeze(drlLine);
            for (Column column : table.columns()) {
                String value = row.get().value(column);
                if (!value.isEmpty() && line.contains(squeeze(rendered(column, value)))) {
                    return table.at(row.get(), column);
                }
            }
            for (Column column : table.columns()) {
                String value = row.get().value(column);
                if (!value.isEmpty() && line.contains(squeeze(value))) {
                    return table.at(row.get(), column);
                }
            }
            return Where.cell(table.file(), table.sheet(), "row " + (rowIndex + 1));
        }
        return Where.cell(file, "?", new CellReference(rowIndex, 0).formatAsString(false));
    }

    /** The column's template with the cell's value in it (the first value of a list). */
    private static String rendered(Column column, String value) {
        String first = TableValues.words(column, value).stream().findFirst().orElse(value);
        String template = column.template();
        if (template.contains("forall")) {
            int open = template.indexOf('{');
            int close = template.lastIndexOf('}');
            template = open >= 0 && close > open ? template.substring(open + 1, close) : template;
            return template.replace("$", first);
        }
        return template.replace("$param", value).replace("$1", value);
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
