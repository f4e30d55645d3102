package kitei.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A field of a JSON document named the way a column header names it: {@code customer.contracts[0].type}.
 * Setting it builds the objects and arrays on the way.
 */
final class FieldPath {

    private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)|\\[(\\d+)]");
    /** More elements than any request has: a typo like [1000] should not allocate an array that long. */
    static final int MAX_INDEX = 99;

    private FieldPath() {
    }

    /** Sets the field, or says why it cannot be set (a part of the path already holds a value of another kind). */
    static Optional<String> set(ObjectNode root, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode node = root;
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            boolean last = i == steps.size() - 1;
            Object next = last ? null : steps.get(i + 1);
            if (step instanceof String name) {
                if (!(node instanceof ObjectNode object)) {
                    return Optional.of(prefix(steps, i) + " is not an object, so it has no field " + name);
                }
                if (last) {
                    object.set(name, value);
                    return Optional.empty();
                }
                JsonNode child = object.get(name);
                if (child == null || child.isNull()) {
                    child = next instanceof Integer ? object.putArray(name) : object.putObject(name);
                }
                node = child;
            } else {
                int index = (Integer) step;
                if (index > MAX_INDEX) {
                    return Optional.of("[" + index + "] is past the last element a scenario may give ([" + MAX_INDEX + "])");
                }
                if (!(node instanceof ArrayNode array)) {
                    return Optional.of(prefix(steps, i) + " is not a list, so it has no element [" + index + "]");
                }
                while (array.size() <= index) {
                    array.addNull();
                }
                if (last) {
                    array.set(index, value);
                    return Optional.empty();
                }
                JsonNode child = array.get(index);
                if (child.isNull()) {
                    child = next instanceof Integer ? JsonNodeFactory.instance.arrayNode() : JsonNodeFactory.instance.objectNode();
                    array.set(index, child);
                }
                node = child;
            }
        }
        return Optional.empty();
    }

    /** The first element left empty in a list, as a path ({@code order.contracts[0]}), when an element after it is given. */
    static Optional<String> gap(JsonNode node, String at) {
        if (node.isObject()) {
            for (var fields = node.fields(); fields.hasNext();) {
                var field = fields.next();
                Optional<String> found = gap(field.getValue(), at.isEmpty() ? field.getKey() : at + "." + field.getKey());
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    return Optional.of(at + "[" + i + "]");
                }
                Optional<String> found = gap(node.get(i), at + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher step = STEP.matcher(part);
            while (step.find()) {
                steps.add(step.group(1) != null ? step.group(1) : Integer.valueOf(step.group(2)));
            }
        }
        return steps;
    }

    private static String prefix(List<Object> steps, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < end; i++) {
            Object step = steps.get(i);
            text.append(step instanceof Integer index ? "[" + index + "]" : (text.length() == 0 ? "" : ".") + step);
        }
        return text.toString();
    }
}
