package kitei.changes;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.charges.ChargesAnswer;
import kitei.decision.Asking;
import kitei.decision.Decided;
import kitei.decision.Decider;
import kitei.engine.Outcome;
import kitei.engine.RuleBase;
import kitei.prices.MissingPrice;
import kitei.tariff.DecisionKind;

/** {@code POST /v1/changes}: may this contract be changed, and for what fee? (A7, App1.3, A10) */
public final class ChangesDecider implements Decider {

    @Override
    public DecisionKind kind() {
        return DecisionKind.CHANGES;
    }

    @Override
    public ChangesAnswer decide(JsonNode body, RuleBase ruleBase, Asking asking) {
        ChangesRequest request = ChangesRequest.read(body);
        Decided decided = asking.ask(ruleBase, kind(), request.asOf(), request.facts());
        Outcome outcome = decided.outcome();
        String verdict = outcome.required(ChangeVerdict.class).fact().value();
        List<ChangesAnswer.Violation> violations = outcome.all(ChangeViolation.class).stream()
                .map(v -> new ChangesAnswer.Violation(v.fact().code(), v.clause(), v.fact().subject(), v.fact().message(),
                        List.of(v.fact().remedy())))
                .toList();
        return new ChangesAnswer(decided.decisionId(), verdict, violations, ChargesAnswer.lines(outcome),
                outcome.facts(MissingPrice.class), decided.tariff(), outcome.trace());
    }
}
