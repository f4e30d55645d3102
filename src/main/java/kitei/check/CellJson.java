package kitei.check;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

import kitei.decision.Json;

/**
 * A scenario cell as a JSON value: a number cell is a number, a TRUE/FALSE cell a boolean, a date cell its
 * ISO date, anything else its text. JSON typed into a cell is read with the quotes Calc's autocorrect
 * puts there (“ ” ‘ ’), and a cell that cannot be read says where and why in plain words.
 */
public final class CellJson {

    private static final ObjectReader LENIENT = Json.MAPPER.reader()
            .with(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .with(JsonReadFeature.ALLOW_TRAILING_COMMA);
    private static final DataFormatter TEXT = new DataFormatter();

    private CellJson() {
    }

    /** The cell's value, or empty when it is blank. */
    public static Optional<JsonNode> value(Cell cell) {
        if (cell == null) {
            return Optional.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case BOOLEAN -> Optional.of(BooleanNode.valueOf(cell.getBooleanCellValue()));
            case NUMERIC -> Optional.of(number(cell));
            default -> {
                String text = TEXT.formatCellValue(cell).trim();
                yield text.isEmpty() ? Optional.empty() : Optional.of(TextNode.valueOf(text));
            }
        };
    }

    private static JsonNode number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime at = cell.getLocalDateTimeCellValue();
            return TextNode.valueOf(at.toLocalTime().toSecondOfDay() == 0 ? at.toLocalDate().toString() : at.toString());
        }
        BigDecimal number = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        return number.scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                ? LongNode.valueOf(number.longValueExact()) : DecimalNode.valueOf(number);
    }

    /** JSON typed into a cell; curly quotes read as straight ones. */
    static JsonNode parse(String typed) throws Unreadable {
        String text = straightQuotes(typed);
        try {
            return LENIENT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Unreadable(explain(typed, e));
        }
    }

    public static String straightQuotes(String text) {
        return text.replace('“', '"').replace('”', '"').replace('„', '"').replace('＂', '"')
                .replace('‘', '\'').replace('’', '\'');
    }

    private static String explain(String text, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr() + near(text, at);
        String why;
        if (e instanceof JsonEOFException) {
            why = "it ends before every {, [ and \" is closed";
        } else if (e.getOriginalMessage().startsWith("Unrecognized token")) {
            why = "a word there is not in quotes; write text in double quotes, like \"TYPE_D\", and true, false or numbers without";
        } else if (e.getOriginalMessage().contains("was expecting a colon")) {
            why = "a colon (:) is missing between a field name and its value";
        } else if (e.getOriginalMessage().contains("was expecting comma")) {
            why = "a comma is missing between two fields or two elements";
        } else if (e.getOriginalMessage().contains("was expecting double-quote to start field name")) {
            why = "a field name there is not in quotes; write it like \"asOf\"";
        } else {
            why = "a character there is out of place; check the quotes, commas, colons and braces around it";
        }
        return "cannot be read as JSON" + where + ": " + why;
    }

    private static String near(String text, JsonLocation at) {
        long offset = at.getCharOffset();
        if (offset < 0 || offset > text.length()) {
            return "";
        }
        int from = (int) Math.max(0, offset - 15);
        int to = (int) Math.min(text.length(), offset + 15);
        return " (near “" + text.substring(from, to).replace('\n', ' ') + "”)";
    }

    /** JSON that cannot be read, with the reason in an analyst's words. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }
}
