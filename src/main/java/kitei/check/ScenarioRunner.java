package kitei.check;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Asking;
import kitei.decision.Decider;
import kitei.decision.Deciders;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;
import kitei.engine.RuleBase;

/** Runs scenarios on a rule base through the same {@link DecisionService} the HTTP routes use. */
public final class ScenarioRunner {

    private static final List<String> CODE_LISTS = List.of("violations", "conflicts", "pendingActions", "warnings");

    private final Clock clock;

    public ScenarioRunner(Clock clock) {
        this.clock = clock;
    }

    public List<ScenarioResult> run(RuleBase ruleBase, List<Scenario> scenarios) {
        DecisionService service = new DecisionService(() -> ruleBase, new Asking(clock), Json.MAPPER, Deciders.all());
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(new ScenarioResult(scenario, differences(service, scenario)));
        }
        return results;
    }

    private static List<String> differences(DecisionService service, Scenario scenario) {
        Optional<Decider> decider = service.at(scenario.endpoint());
        if (decider.isEmpty()) {
            return List.of("no endpoint " + scenario.endpoint() + "; the endpoints are "
                    + service.deciders().stream().map(Decider::path).toList());
        }
        Reply reply = service.decide(decider.get(), scenario.request());
        JsonNode answer = Json.MAPPER.valueToTree(reply.body());
        List<String> differences = new ArrayList<>();
        if (reply.status() != scenario.status()) {
            differences.add("status: expected " + scenario.status() + ", got " + reply.status()
                    + (reply.isProblem() ? " (" + answer.path("detail").asText() + ")" : ""));
            return differences;
        }
        if (scenario.verdict() != null && !scenario.verdict().equals(answer.path("verdict").asText())) {
            differences.add("verdict: expected " + scenario.verdict() + ", got " + answer.path("verdict").asText());
        }
        if (scenario.codes() != null) {
            TreeSet<String> expected = new TreeSet<>(scenario.codes());
            TreeSet<String> actual = codes(answer);
            if (!expected.equals(actual)) {
                differences.add("codes: expected " + (expected.isEmpty() ? "none" : expected) + ", got " + (actual.isEmpty() ? "none" : actual));
            }
        }
        if (scenario.answer() != null) {
            differences.addAll(AnswerSubset.differences(scenario.answer(), answer));
        }
        return differences;
    }

    private static TreeSet<String> codes(JsonNode answer) {
        TreeSet<String> codes = new TreeSet<>();
        for (String list : CODE_LISTS) {
            answer.path(list).forEach(entry -> codes.add(entry.path("code").asText()));
        }
        return codes;
    }
}
