package kitei.check;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether an answer has what a scenario or a case expects: every expected field, with the expected value; arrays
 * of the same length, element by element. Fields the case does not name are not compared.
 */
public final class AnswerSubset {

    private AnswerSubset() {
    }

    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        compare("", expected, actual, found);
        return found;
    }

    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> found) {
        if (actual == null || actual.isMissingNode()) {
            found.add(at + ": expected " + expected + ", but it is absent");
        } else if (expected.isObject()) {
            if (!actual.isObject()) {
                found.add(at + ": expected an object, got " + actual);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(at + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()), found);
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                found.add(at + ": expected " + expected + ", got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(at + "/" + i, expected.get(i), actual.get(i), found);
            }
        } else if (expected.isNumber() && actual.isNumber()) {
            if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                found.add(at + ": expected " + expected + ", got " + actual);
            }
        } else if (!expected.equals(actual)) {
            found.add(at + ": expected " + expected + ", got " + actual);
        }
    }
}
