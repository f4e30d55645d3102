package kitei.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Finds where each rule is written. DRL rules by their {@code rule "name"} line; table rows by the
 * name Drools gives them ({@code <RuleTable name>_<row>}) and the sheet that holds that RuleTable.
 */
final class SourceLocator {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern TABLE_ROW = Pattern.compile("(.+)_(\\d+)");
    private static final String RULE_TABLE = "RuleTable ";

    private final Map<String, RuleSource> drlRules = new HashMap<>();
    private final Map<String, TableSheet> tables = new HashMap<>();

    /** Where a RuleTable is, and the names of its rows ({@link RowNames}), by 1-based row number. */
    private record TableSheet(String file, String sheet, Map<Integer, String> rowNames) {
    }

    SourceLocator(RuleSources sources) {
        sources.files().forEach((path, bytes) -> {
            if (RuleSources.isDrl(path)) {
                indexDrl(path, new String(bytes, StandardCharsets.UTF_8));
            } else if (RuleSources.isWorkbook(path)) {
                indexWorkbook(path, bytes);
            }
        });
    }

    /** The name a rule goes by: a DRL rule's own, or the sentence of a table row ({@link RowNames}). */
    String name(String packageName, String ruleName) {
        if (drlRules.containsKey(packageName + "." + ruleName)) {
            return ruleName;
        }
        Matcher row = TABLE_ROW.matcher(ruleName);
        if (row.matches()) {
            TableSheet table = tables.get(row.group(1));
            if (table != null) {
                return table.rowNames().getOrDefault(Integer.parseInt(row.group(2)), ruleName);
            }
        }
        return ruleName;
    }

    RuleSource locate(String packageName, String ruleName) {
        RuleSource drl = drlRules.get(packageName + "." + ruleName);
        if (drl != null) {
            return drl;
        }
        Matcher row = TABLE_ROW.matcher(ruleName);
        if (row.matches()) {
            TableSheet table = tables.get(row.group(1));
            if (table != null) {
                return RuleSource.workbook(table.file(), table.sheet(), Integer.parseInt(row.group(2)));
            }
        }
        return RuleSource.drl("(unknown source)", 0);
    }

    private void indexDrl(String path, String text) {
        String packageName = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher pkg = PACKAGE.matcher(lines[i]);
            if (pkg.find()) {
                packageName = pkg.group(1);
            }
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                drlRules.put(packageName + "." + rule.group(1), RuleSource.drl(path, i + 1));
            }
        }
    }

    /** The names of the table's rows, from its first rule row down to the first empty row, as Drools reads them. */
    private static Map<Integer, String> rowNames(Sheet sheet, int header, int column, DataFormatter format) {
        Map<Integer, String> names = new HashMap<>();
        for (int r = header + 5; r <= sheet.getLastRowNum() && !emptyRow(sheet.getRow(r), column, format); r++) {
            names.put(r + 1, RowNames.of(sheet, header, column, r + 1, format));
        }
        return names;
    }

    private static boolean emptyRow(Row row, int fromColumn, DataFormatter format) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (cell.getColumnIndex() >= fromColumn && !format.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void indexWorkbook(String path, byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(RULE_TABLE)) {
                            String table = cell.getStringCellValue().substring(RULE_TABLE.length()).trim();
                            tables.put(table, new TableSheet(path, sheet.getSheetName(),
                                    rowNames(sheet, cell.getRowIndex(), cell.getColumnIndex(), format)));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A workbook the engine could not read either fails the build with its own message.
        }
    }
}
