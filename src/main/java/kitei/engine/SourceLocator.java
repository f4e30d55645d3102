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

    private record TableSheet(String file, String sheet) {
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

    private void indexWorkbook(String path, byte[] bytes) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(RULE_TABLE)) {
                            String table = cell.getStringCellValue().substring(RULE_TABLE.length()).trim();
                            tables.put(table, new TableSheet(path, sheet.getSheetName()));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A workbook the engine could not read either fails the build with its own message.
        }
    }
}
