package kitei.decisionlog;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.decision.Asking;
import kitei.decision.Decider;
import kitei.decision.Deciders;
import kitei.decision.DecisionService;
import kitei.decision.Reply;
import kitei.engine.RuleBase;

/**
 * Re-runs the decisions of a decision log on a rule base — the one serving, or an analyst's edited
 * copy — each as of the moment it was first made, and reports every answer that would change,
 * grouped by the clause whose outcome changed.
 */
public final class Replay {

    public record Change(String decisionId, String endpoint, List<String> clauses, List<String> differences) {
    }

    public record Report(int replayed, List<Change> changes, List<String> unreadable) {

        public Map<String, List<Change>> byClause() {
            Map<String, List<Change>> grouped = new TreeMap<>();
            for (Change change : changes) {
                for (String clause : change.clauses()) {
                    grouped.computeIfAbsent(clause, c -> new ArrayList<>()).add(change);
                }
            }
            return grouped;
        }

        public String render() {
            StringBuilder out = new StringBuilder();
            out.append(replayed).append(" decisions replayed, ").append(changes.size()).append(" would change");
            if (!unreadable.isEmpty()) {
                out.append(", ").append(unreadable.size()).append(" lines unreadable");
            }
            out.append('\n');
            byClause().forEach((clause, changed) -> {
                out.append('\n').append(clause).append(": ").append(changed.size()).append(" decision(s)\n");
                for (Change change : changed) {
                    out.append("  ").append(change.decisionId()).append(' ').append(change.endpoint()).append('\n');
                    change.differences().forEach(difference -> out.append("    ").append(difference).append('\n'));
                }
            });
            unreadable.forEach(line -> out.append("unreadable: ").append(line).append('\n'));
            return out.toString();
        }
    }

    private final RuleBase ruleBase;
    private final ObjectMapper json;

    public Replay(RuleBase ruleBase, ObjectMapper json) {
        this.ruleBase = ruleBase;
        this.json = json;
    }

    public Report run(Path log) throws IOException {
        int[] replayed = {0};
        List<Change> changes = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        LogLines.read(log, line -> {
            String where = log.getFileName() + ":" + line.number() + ": ";
            if (line.torn()) {
                unreadable.add(where + "a torn last line of " + line.text().length() + " characters (a write cut short), skipped");
                return;
            }
            if (line.text().isBlank()) {
                return;
            }
            Optional<Change> change;
            try {
                change = replay(json.readTree(line.text()));
            } catch (IOException | RuntimeException e) {
                unreadable.add(where + e.getMessage());
                return;
            }
            replayed[0]++;
            change.ifPresent(changes::add);
        });
        return new Report(replayed[0], changes, unreadable);
    }

    private Optional<Change> replay(JsonNode record) {
        String endpoint = record.path("endpoint").asText();
        Decider decider = Deciders.all().stream().filter(d -> d.path().equals(endpoint)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no endpoint " + endpoint));
        Clock then = Clock.fixed(Instant.parse(record.path("time").asText()), ZoneOffset.UTC);
        DecisionService service = new DecisionService(() -> ruleBase, new Asking(then), json, List.of(decider));
        Reply reply = service.decide(decider, record.path("request"));
        JsonNode now = withoutTrace(json.valueToTree(reply.body()));
        if (reply.isProblem()) {
            ((ObjectNode) now).put("status", reply.status());
        }
        List<String> differences = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        AnswerDiff.compare(withoutTrace(record.path("answer")), now, differences, clauses);
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change(record.path("decisionId").asText(), endpoint, clauses, differences));
    }

    private ObjectNode withoutTrace(JsonNode answer) {
        ObjectNode copy = json.createObjectNode();
        answer.fields().forEachRemaining(field -> {
            if (!List.of("decisionId", "tariff", "trace").contains(field.getKey())) {
                copy.set(field.getKey(), field.getValue());
            }
        });
        return copy;
    }
}
