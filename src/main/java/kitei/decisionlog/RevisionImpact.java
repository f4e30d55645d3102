package kitei.decisionlog;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import kitei.engine.TableVersions;
import kitei.tariff.JapanTime;

/**
 * What a staged revision will change once it is in force: every logged decision asked again as of the
 * revision's day, once of the version before and once of the revision, and the answers compared. A
 * decision whose answers differ changes on that day because of the revision (not because its dates moved);
 * the others do not. Logged dates other than {@code asOf} are kept as they were asked.
 */
public final class RevisionImpact {

    /** How a logged decision would fare on the revision's day; {@code differences} empty when it would not change. */
    public record Decision(String decisionId, String endpoint, List<String> clauses, List<String> differences) {

        public boolean changes() {
            return !differences.isEmpty();
        }
    }

    public record Report(LocalDate day, List<Decision> decisions, List<String> unreadable) {

        public List<Decision> changed() {
            return decisions.stream().filter(Decision::changes).toList();
        }

        public List<Decision> unchanged() {
            return decisions.stream().filter(decision -> !decision.changes()).toList();
        }

        public String render() {
            StringBuilder out = new StringBuilder();
            out.append("from ").append(day).append(" (").append(TableVersions.folderOf(day)).append("/): ")
                    .append(decisions.size()).append(" decisions asked as of ").append(day).append(", ")
                    .append(changed().size()).append(" would change once it is in force, ")
                    .append(unchanged().size()).append(" would not\n");
            Map<String, List<Decision>> byClause = new TreeMap<>();
            changed().forEach(decision -> decision.clauses().forEach(clause ->
                    byClause.computeIfAbsent(clause, c -> new ArrayList<>()).add(decision)));
            byClause.forEach((clause, changed) -> {
                out.append('\n').append(clause).append(": ").append(changed.size()).append(" decision(s)\n");
                for (Decision decision : changed) {
                    out.append("  ").append(decision.decisionId()).append(' ').append(decision.endpoint()).append('\n');
                    decision.differences().forEach(difference -> out.append("    ").append(difference).append('\n'));
                }
            });
            if (!unchanged().isEmpty()) {
                out.append("unchanged: ").append(String.join(", ", unchanged().stream().map(Decision::decisionId).toList())).append('\n');
            }
            unreadable.forEach(line -> out.append("unreadable: ").append(line).append('\n'));
            return out.toString();
        }
    }

    private final RuleBase ruleBase;
    private final ObjectMapper json;

    public RevisionImpact(RuleBase ruleBase, ObjectMapper json) {
        this.ruleBase = ruleBase;
        this.json = json;
    }

    /** One report per revision not yet in force on {@code today}, by its day. */
    public List<Report> run(LoggedDecisions logged, LocalDate today) throws IOException {
        List<Report> reports = new ArrayList<>();
        for (LocalDate day : staged(today)) {
            reports.add(across(logged, day));
        }
        return reports;
    }

    /** The days of the revisions not yet in force on {@code today}. */
    public List<LocalDate> staged(LocalDate today) {
        return ruleBase.revisions().keySet().stream().filter(day -> day.isAfter(today)).toList();
    }

    /** The logged decisions asked as of {@code day}, the revision's, by the version before it and by the revision. */
    public Report across(LoggedDecisions logged, LocalDate day) throws IOException {
        RuleBase before = ruleBase.versionAlone(day.minusDays(1));
        RuleBase revision = ruleBase.versionAlone(day);
        Clock onTheDay = Clock.fixed(day.atTime(LocalTime.NOON).atZone(JapanTime.ZONE).toInstant(), JapanTime.ZONE);
        List<Decision> decisions = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        logged.read(line -> {
            if (line.torn() || line.text().isBlank()) {
                return;
            }
            try {
                decisions.add(compare(json.readTree(line.text()), day, onTheDay, before, revision));
            } catch (IOException | RuntimeException e) {
                unreadable.add(logged.where(line) + ": " + e.getMessage());
            }
        });
        return new Report(day, decisions, unreadable);
    }

    private Decision compare(JsonNode record, LocalDate day, Clock onTheDay, RuleBase before, RuleBase revision) {
        String endpoint = record.path("endpoint").asText();
        Decider decider = Deciders.all().stream().filter(d -> d.path().equals(endpoint)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no endpoint " + endpoint));
        ObjectNode request = record.path("request").deepCopy();
        request.put("asOf", day.toString());
        List<String> differences = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        AnswerDiff.compare(answer(before, decider, request, onTheDay), answer(revision, decider, request, onTheDay), differences, clauses);
        return new Decision(record.path("decisionId").asText(), endpoint, clauses, differences);
    }

    private JsonNode answer(RuleBase version, Decider decider, JsonNode request, Clock clock) {
        Reply reply = new DecisionService(() -> version, new Asking(clock), json, List.of(decider)).decide(decider, request);
        ObjectNode answer = json.createObjectNode();
        json.valueToTree(reply.body()).fields().forEachRemaining(field -> {
            if (!List.of("decisionId", "tariff", "trace").contains(field.getKey())) {
                answer.set(field.getKey(), field.getValue());
            }
        });
        if (reply.isProblem()) {
            answer.put("status", reply.status());
        }
        return answer;
    }
}
