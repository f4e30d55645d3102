package kitei.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON object of a request, read field by field. Every problem is recorded with the JSON pointer
 * of the field and what was expected there, so that one answer can name all of them; a field that
 * could not be read comes back as null.
 */
public final class Input {

    private final JsonNode node;
    private final String pointer;
    private final Problems problems;

    private Input(JsonNode node, String pointer, Problems problems) {
        this.node = node;
        this.pointer = pointer;
        this.problems = problems;
    }

    /** The request body; anything but a JSON object is a problem at the root. */
    public static Input root(JsonNode body, Problems problems) {
        Input root = new Input(body, "", problems);
        if (body == null || !body.isObject()) {
            problems.add("", "expected a JSON object");
        }
        return root;
    }

    public String pointer() {
        return pointer;
    }

    public String pointer(String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    public boolean isObject() {
        return node != null && node.isObject();
    }

    public boolean has(String field) {
        return isObject() && node.hasNonNull(field);
    }

    /** Fields this object may carry; any other is named as a problem rather than ignored. */
    public void allowOnly(String... fields) {
        if (!isObject()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!isOneOf(name, fields)) {
                problems.add(pointer(name), "unknown field '" + name + "'; expected one of " + String.join(", ", fields));
            }
        }
    }

    /** A handful of names: a scan beats building a set on every request. */
    private static boolean isOneOf(String name, String[] fields) {
        for (String field : fields) {
            if (field.equals(name)) {
                return true;
            }
        }
        return false;
    }

    public void problem(String field, String detail) {
        problems.add(field == null ? pointer : pointer(field), detail);
    }

    /** A problem with one element of an array field. */
    public void problem(String field, int index, String detail) {
        problems.add(pointer(field) + "/" + index, detail);
    }

    public String text(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            return wrongType(field, "a string");
        }
        return value.textValue();
    }

    public Integer integer(String field, int minimum, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < minimum) {
            return wrongType(field, "an integer \u2265 " + minimum);
        }
        return value.intValue();
    }

    /**
     * The most yen any amount of a request may be. Amounts are multiplied by days and summed: bounded
     * so, every result fits a long (10,000 years of days × this is under 2^63), and no request can
     * overflow one.
     */
    public static final long MAX_YEN = 999_999_999_999L;

    /** A whole number of yen: a JSON integer, never negative, never fractional, at most {@link #MAX_YEN}. */
    public Long yen(String field, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0
                || value.longValue() > MAX_YEN) {
            return wrongType(field, "a whole number of yen from 0 to " + MAX_YEN + " (a JSON integer)");
        }
        return value.longValue();
    }

    /** A number, whole or not, at least {@code minimum}. */
    public java.math.BigDecimal decimal(String field, long minimum, boolean required) {
        JsonNode value = value(field, required);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().compareTo(java.math.BigDecimal.valueOf(minimum)) < 0) {
            return wrongType(field, "a number \u2265 " + minimum);
        }
        return value.decimalValue();
    }

    /** A flag that counts as false when absent. */
    public boolean flag(String field) {
        JsonNode value = value(field, false);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            wrongType(field, "true or false");
            return false;
        }
        return value.booleanValue();
    }

    public LocalDate date(String field, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            return isoDate(text);
        } catch (DateTimeException e) {
            problems.add(pointer(field), "'" + text + "' is no calendar date; expected YYYY-MM-DD");
            return null;
        }
    }

    /** YYYY-MM-DD exactly, and a day that exists (2026-02-30 does not). */
    private static LocalDate isoDate(String text) {
        boolean shaped = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
        for (int i = 0; shaped && i < 10; i++) {
            shaped = i == 4 || i == 7 || (text.charAt(i) >= '0' && text.charAt(i) <= '9');
        }
        if (!shaped) {
            throw new DateTimeException("not YYYY-MM-DD");
        }
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
    }

    public OffsetDateTime timestamp(String field, boolean required) {
        String text = text(field, required);
        if (text == null) {
            return null;
        }
        try {
            OffsetDateTime parsed = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            // Years of four digits, as for dates: it bounds every span of time a request can ask about.
            if (parsed.getYear() < 0 || parsed.getYear() > 9999) {
                throw new DateTimeParseException("year out of range", text, 0);
            }
            return parsed;
        } catch (DateTimeParseException e) {
            problems.add(pointer(field), "'" + text + "' is no timestamp; expected ISO-8601 with an offset and a four-digit year, like 2026-05-01T10:00:00+09:00");
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String text = text(field, required);
        return text == null ? null : enumOf(pointer(field), text, type);
    }

    /** An array of enumeration values; each unknown one is named by its own pointer. */
    public <E extends Enum<E>> List<E> enumValues(String field, Class<E> type) {
        List<E> values = new ArrayList<>();
        JsonNode array = array(field);
        if (array == null) {
            return values;
        }
        for (int i = 0; i < array.size(); i++) {
            String at = pointer(field) + "/" + i;
            JsonNode element = array.get(i);
            if (!element.isTextual()) {
                problems.add(at, "expected a string, one of " + choices(type));
                continue;
            }
            E value = enumOf(at, element.textValue(), type);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    public List<String> texts(String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = array(field);
        if (array == null) {
            return values;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            if (element.isTextual()) {
                values.add(element.textValue());
            } else {
                problems.add(pointer(field) + "/" + i, "expected a string");
            }
        }
        return values;
    }

    /** An array of objects; absent counts as empty unless required. */
    public List<Input> objects(String field, boolean required) {
        List<Input> objects = new ArrayList<>();
        JsonNode array = required ? requiredArray(field) : array(field);
        if (array == null) {
            return objects;
        }
        for (int i = 0; i < array.size(); i++) {
            Input element = new Input(array.get(i), pointer(field) + "/" + i, problems);
            if (element.isObject()) {
                objects.add(element);
            } else {
                problems.add(element.pointer, "expected a JSON object");
            }
        }
        return objects;
    }

    /** A nested object; a problem when required and absent, or when not an object. */
    public Input object(String field, boolean required) {
        JsonNode value = value(field, required);
        Input nested = new Input(value, pointer(field), problems);
        if (value != null && !value.isObject()) {
            problems.add(nested.pointer, "expected a JSON object");
        }
        return nested;
    }

    private JsonNode requiredArray(String field) {
        JsonNode value = value(field, true);
        if (value != null && !value.isArray()) {
            return wrongType(field, "an array");
        }
        return value;
    }

    private JsonNode array(String field) {
        JsonNode value = value(field, false);
        if (value != null && !value.isArray()) {
            return wrongType(field, "an array");
        }
        return value;
    }

    private JsonNode value(String field, boolean required) {
        if (!isObject()) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(pointer(field), "missing required field '" + field + "'");
            }
            return null;
        }
        return value;
    }

    private <T> T wrongType(String field, String expected) {
        problems.add(pointer(field), "expected " + expected + ", got " + describe(node.get(field)));
        return null;
    }

    private <E extends Enum<E>> E enumOf(String at, String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        problems.add(at, "unknown " + Names.of(type) + " '" + text + "'; expected one of " + choices(type));
        return null;
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "'" + value.textValue() + "'";
        }
        return value.isContainerNode() ? (value.isArray() ? "an array" : "an object") : value.toString();
    }
}
