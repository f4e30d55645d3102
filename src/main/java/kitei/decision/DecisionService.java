package kitei.decision;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kitei.engine.RuleBase;
import kitei.input.FieldProblem;
import kitei.input.UnpairedSurrogates;
import kitei.problem.Problem;
import kitei.problem.ProblemMapper;

/**
 * JSON in, answer or problem document out: the whole of a decision endpoint but the transport.
 * The HTTP routes, the batch endpoint and the case-file tests all go through here.
 */
public final class DecisionService {

    private final Supplier<RuleBase> ruleBase;
    private final Asking asking;
    private final ObjectMapper json;
    private final Map<String, Decider> byPath = new LinkedHashMap<>();

    public DecisionService(Supplier<RuleBase> ruleBase, Asking asking, ObjectMapper json, List<Decider> deciders) {
        this.ruleBase = ruleBase;
        this.asking = asking;
        this.json = json;
        deciders.forEach(decider -> byPath.put(decider.path(), decider));
    }

    public List<Decider> deciders() {
        return List.copyOf(byPath.values());
    }

    public Optional<Decider> at(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Reply decide(Decider decider, byte[] body) {
        try {
            return decide(decider, json.readTree(body));
        } catch (IOException malformed) {
            return problem(ProblemMapper.of(malformed), null);
        }
    }

    public Reply decide(Decider decider, JsonNode body) {
        Optional<FieldProblem> unpaired = UnpairedSurrogates.in(body);
        if (unpaired.isPresent()) {
            return problem(Problem.badInput(List.of(unpaired.get())), null);
        }
        try {
            return new Reply(200, decider.decide(body, ruleBase.get(), asking), body);
        } catch (RuntimeException failure) {
            return problem(ProblemMapper.of(failure), body);
        }
    }

    private static Reply problem(Problem problem, JsonNode request) {
        return new Reply(problem.status(), problem, request);
    }
}
