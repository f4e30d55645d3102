package kitei.cancellation;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Asking;
import kitei.decision.Decided;
import kitei.decision.Decider;
import kitei.engine.Concluded;
import kitei.engine.Outcome;
import kitei.engine.RuleBase;
import kitei.prices.MissingPrice;
import kitei.tariff.DecisionKind;

/** {@code POST /v1/cancellation}: when does it end, and what is owed? (A3, A8.3, A8.4, A9, A11, App2) */
public final class CancellationDecider implements Decider {

    @Override
    public DecisionKind kind() {
        return DecisionKind.CANCELLATION;
    }

    @Override
    public CancellationAnswer decide(JsonNode body, RuleBase ruleBase, Asking asking) {
        CancellationRequest request = CancellationRequest.read(body);
        Decided decided = asking.ask(ruleBase, kind(), request.asOf(), request.facts());
        Outcome outcome = decided.outcome();
        Cancellation cancellation = request.cancellation();
        return new CancellationAnswer(decided.decisionId(), cancellation.subject(), cancellation.what().key(),
                outcome.required(EffectiveDate.class).fact().date(),
                outcome.required(MinimumPeriod.class).fact().end(),
                charge(outcome), outcome.facts(MissingPrice.class), decided.tariff(), outcome.trace());
    }

    private static CancellationAnswer.Charge charge(Outcome outcome) {
        Concluded<EarlyTermination> concluded = outcome.required(EarlyTermination.class);
        EarlyTermination termination = concluded.fact();
        if (!termination.applies()) {
            return new CancellationAnswer.Charge(false, 0, termination.period().days(), 0L, concluded.clause(),
                    termination.because(), null, null, null);
        }
        return outcome.first(EarlyTerminationCharge.class)
                .map(Concluded::fact)
                .map(charge -> new CancellationAnswer.Charge(true, termination.remainderDays(), termination.period().days(),
                        charge.amount(), concluded.clause(), termination.because(), charge.monthlyFee().amount(),
                        charge.monthlyFee().source(), charge.method()))
                .orElseGet(() -> new CancellationAnswer.Charge(true, termination.remainderDays(), termination.period().days(),
                        null, concluded.clause(), termination.because(), null, null, null));
    }
}
