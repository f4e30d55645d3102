package kitei.input;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds a string, value or field name, holding a UTF-16 surrogate without its pair ({@code "\ud800"}):
 * I-JSON (RFC 7493 §2.1) forbids them, no tariff name contains one, and such a string cannot be
 * written as UTF-8, so a request carrying one is refused before it is decided.
 */
public final class UnpairedSurrogates {

    private UnpairedSurrogates() {
    }

    /** The first such string, named by its JSON pointer. */
    public static Optional<FieldProblem> in(JsonNode node) {
        return find(node, "");
    }

    private static Optional<FieldProblem> find(JsonNode node, String pointer) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return isWellFormed(node.textValue()) ? Optional.empty() : Optional.of(problem(pointer));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<FieldProblem> found = find(node.get(i), pointer + "/" + i);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (!isWellFormed(field.getKey())) {
                    return Optional.of(new FieldProblem(pointer, "a field name holds an unpaired UTF-16 surrogate (\\ud800–\\udfff); "
                            + "send well-formed Unicode (RFC 7493, I-JSON)"));
                }
                Optional<FieldProblem> found = find(field.getValue(), at);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static FieldProblem problem(String pointer) {
        return new FieldProblem(pointer, "the text holds an unpaired UTF-16 surrogate (\\ud800–\\udfff); "
                + "send well-formed Unicode (RFC 7493, I-JSON)");
    }

    static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
