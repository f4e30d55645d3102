package kitei.charges;

import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Asking;
import kitei.decision.Decided;
import kitei.decision.Decider;
import kitei.engine.Outcome;
import kitei.engine.RuleBase;
import kitei.prices.MissingPrice;
import kitei.tariff.DecisionKind;

/** {@code POST /v1/charges}: what is charged, and from when? (A10, App1) */
public final class ChargesDecider implements Decider {

    @Override
    public DecisionKind kind() {
        return DecisionKind.CHARGES;
    }

    @Override
    public ChargesAnswer decide(JsonNode body, RuleBase ruleBase, Asking asking) {
        ChargesRequest request = ChargesRequest.read(body);
        Decided decided = asking.ask(ruleBase, kind(), request.asOf(), request.facts());
        Outcome outcome = decided.outcome();
        return new ChargesAnswer(decided.decisionId(), ChargesAnswer.lines(outcome),
                outcome.facts(MissingPrice.class).stream()
                        .sorted(Comparator.comparingInt(missing -> missing.need().position())).toList(),
                decided.tariff(), outcome.trace());
    }
}
