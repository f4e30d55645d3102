package kitei.parameters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;
import kitei.tariff.DecisionKind;
import kitei.tariff.Question;

/**
 * The rows of {@code decision-tables/parameters.xlsx} as the project reads them: the parameters a
 * rule base's table rows insert for a decision, so that a test derives its numbers from the table it
 * tests rather than repeating the shipped values. Also builds rule bases from an edited copy of the
 * table, as an analyst would edit it.
 */
public final class ParameterRows {

    public static final String TABLE = "decision-tables/parameters.xlsx";
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-25");

    private ParameterRows() {
    }

    /** The parameters the rule base inserts for a decision of {@code kind} about {@code facts}, by name. */
    public static Map<String, Parameter> of(RuleBase ruleBase, DecisionKind kind, Object... facts) {
        List<Object> asked = new ArrayList<>(List.of(facts));
        asked.add(new Question(kind, AS_OF));
        Map<String, Parameter> byName = new HashMap<>();
        for (Parameter parameter : ruleBase.decide(asked).facts(Parameter.class)) {
            if (byName.put(parameter.name(), parameter) != null) {
                throw new AssertionError("parameter " + parameter.name() + " is inserted twice for " + kind);
            }
        }
        return byName;
    }

    /** Fails unless the rule base reads each edited row with its new value: the edit reached the rules. */
    public static void assertRead(RuleBase ruleBase, Map<String, String> edits, DecisionKind kind, Object... facts) {
        Map<String, Parameter> rows = of(ruleBase, kind, facts);
        edits.forEach((name, value) -> {
            Parameter row = rows.get(name);
            if (row == null || !row.value().equals(value)) {
                throw new AssertionError("the rule base reads " + name + " as " + row + ", not the edited " + value);
            }
        });
    }

    /** A rule base built from the repository with the named rows of the table set to new values (numbers typed as numbers). */
    public static RuleBase editedRuleBase(Map<String, String> values) {
        RuleSources shipped = RuleSources.fromDirectory(java.nio.file.Path.of("."));
        return new RuleBaseBuilder().build(shipped.with(TABLE, edited(shipped.files().get(TABLE), values)));
    }

    private static byte[] edited(byte[] workbook, Map<String, String> values) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet("Parameters");
            Map<String, String> left = new HashMap<>(values);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && left.containsKey(cell.getStringCellValue())) {
                        setValue(row.getCell(cell.getColumnIndex() + 1), left.remove(cell.getStringCellValue()));
                    }
                }
            }
            if (!left.isEmpty()) {
                throw new AssertionError("no row " + left.keySet() + " in " + TABLE);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void setValue(Cell cell, String value) {
        cell.setBlank();
        if (value.chars().allMatch(Character::isDigit)) {
            cell.setCellValue(Double.parseDouble(value));
        } else {
            cell.setCellValue(value);
        }
    }
}
