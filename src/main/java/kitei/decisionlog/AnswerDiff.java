package kitei.decisionlog;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What differs between a logged answer and a replayed one, and which clauses the differences
 * belong to: the {@code clause} of the nearest entry that holds them (a violation, an early
 * termination, an outage credit), else the name of the field in brackets.
 */
final class AnswerDiff {

    private AnswerDiff() {
    }

    static void compare(JsonNode before, JsonNode after, List<String> differences, List<String> clauses) {
        Set<String> found = new TreeSet<>();
        walk("", before, after, clauseOf(before, after, "(answer)"), differences, found);
        // A field with no clause of its own (a verdict) changes because of entries that have one: name those.
        boolean anyClause = found.stream().anyMatch(clause -> !clause.startsWith("("));
        found.stream().filter(clause -> !anyClause || !clause.startsWith("(")).forEach(clauses::add);
    }

    private static void walk(String at, JsonNode before, JsonNode after, String clause, List<String> differences, Set<String> clauses) {
        if (before.equals(after) || sameNumber(before, after)) {
            return;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> names = new TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode left = before.path(name);
                JsonNode right = after.path(name);
                String owner = clauseOf(left, right, at.isEmpty() && clause.equals("(answer)") ? "(" + name + ")" : clause);
                walk(at + "/" + name, left, right, owner, differences, clauses);
            }
        } else if (before.isArray() && after.isArray() && isEntries(before) && isEntries(after)) {
            Map<String, JsonNode> left = byKey(before);
            Map<String, JsonNode> right = byKey(after);
            left.forEach((key, entry) -> {
                if (!right.containsKey(key)) {
                    differences.add(at + ": no longer " + key);
                    clauses.add(entry.path("clause").asText(clause));
                }
            });
            right.forEach((key, entry) -> {
                if (!left.containsKey(key)) {
                    differences.add(at + ": now " + key);
                    clauses.add(entry.path("clause").asText(clause));
                }
            });
        } else {
            differences.add(at + ": " + render(before) + " -> " + render(after));
            clauses.add(clause);
        }
    }

    /** 0 read from a log line and 0 as the engine's exact amount are one number, though not one JSON node. */
    private static boolean sameNumber(JsonNode before, JsonNode after) {
        return before.isNumber() && after.isNumber() && before.decimalValue().compareTo(after.decimalValue()) == 0;
    }

    private static String clauseOf(JsonNode before, JsonNode after, String otherwise) {
        if (after.hasNonNull("clause")) {
            return after.get("clause").asText();
        }
        return before.hasNonNull("clause") ? before.get("clause").asText() : otherwise;
    }

    /** Lists of violations, conflicts and the like: objects with a code. */
    private static boolean isEntries(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.has("code")) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, JsonNode> byKey(JsonNode entries) {
        Map<String, JsonNode> keyed = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = entries.elements(); it.hasNext();) {
            JsonNode entry = it.next();
            String subject = entry.has("subjects") ? entry.get("subjects").toString() : entry.path("subject").asText("");
            keyed.put(entry.path("code").asText() + (subject.isEmpty() ? "" : " at " + subject), entry);
        }
        return keyed;
    }

    private static String render(JsonNode value) {
        return value.isMissingNode() ? "(absent)" : value.toString();
    }
}
