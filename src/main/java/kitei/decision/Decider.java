package kitei.decision;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.engine.RuleBase;
import kitei.tariff.DecisionKind;

/**
 * One kind of decision, as the one pipeline every kind runs: read the request into facts, ask the
 * rules, answer from what they concluded. A kind only names its reader and its answer. Throws
 * {@link kitei.input.BadInputException} for a request it cannot read and
 * {@link kitei.tariff.NotInForceException} for a day no loaded text covers.
 */
public final class Decider {

    private final DecisionKind kind;
    private final String path;
    private final Steps<?> steps;

    private Decider(DecisionKind kind, Steps<?> steps) {
        this.kind = kind;
        this.path = "/v1/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        this.steps = steps;
    }

    /** A kind read by {@code read} and answered by {@code answer} from its request and what the rules decided. */
    public static <R extends Request> Decider of(DecisionKind kind, Function<JsonNode, R> read,
                                                 BiFunction<R, Decided, ? extends Answer> answer) {
        return new Decider(kind, new Steps<>(read, answer));
    }

    public DecisionKind kind() {
        return kind;
    }

    /** The HTTP path it answers on, named for its kind: {@code /v1/eligibility}, {@code /v1/outage-credit}. */
    public String path() {
        return path;
    }

    public Answer decide(JsonNode body, RuleBase ruleBase, Asking asking) {
        return steps.decide(kind, body, ruleBase, asking);
    }

    @Override
    public String toString() {
        return path;
    }

    private record Steps<R extends Request>(Function<JsonNode, R> read, BiFunction<R, Decided, ? extends Answer> answer) {

        Answer decide(DecisionKind kind, JsonNode body, RuleBase ruleBase, Asking asking) {
            R request = read.apply(body);
            return answer.apply(request, asking.ask(ruleBase, kind, request.asOf(), request.facts()));
        }
    }
}
