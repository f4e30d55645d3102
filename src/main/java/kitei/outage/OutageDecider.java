package kitei.outage;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Asking;
import kitei.decision.Decided;
import kitei.decision.Decider;
import kitei.engine.Concluded;
import kitei.engine.Outcome;
import kitei.engine.RuleBase;
import kitei.tariff.DecisionKind;

/** {@code POST /v1/outage-credit}: what reduction is due? (A12, App3) */
public final class OutageDecider implements Decider {

    @Override
    public DecisionKind kind() {
        return DecisionKind.OUTAGE_CREDIT;
    }

    @Override
    public OutageAnswer decide(JsonNode body, RuleBase ruleBase, Asking asking) {
        OutageRequest request = OutageRequest.read(body);
        Decided decided = asking.ask(ruleBase, kind(), request.asOf(), request.facts());
        Outcome outcome = decided.outcome();
        UnavailableTime time = outcome.required(UnavailableTime.class).fact();
        Optional<Concluded<ReductionDue>> due = outcome.first(ReductionDue.class);
        Optional<ClaimTimeliness> timeliness = outcome.first(ClaimTimeliness.class).map(Concluded::fact);
        if (due.isEmpty()) {
            Concluded<NoReduction> none = outcome.required(NoReduction.class);
            return new OutageAnswer(decided.decisionId(), false, time.shownHours(), 0, 0, null, null, null, none.clause(),
                    none.fact().because(), decided.tariff(), outcome.trace());
        }
        Reduction reduction = outcome.required(Reduction.class).fact();
        boolean lost = timeliness.map(claim -> !claim.inTime()).orElse(false);
        return new OutageAnswer(decided.decisionId(), true, time.shownHours(), reduction.creditedDays(),
                lost ? 0 : reduction.amount(), due.get().fact().claimableFrom(), due.get().fact().claimDeadline(),
                timeliness.map(ClaimTimeliness::inTime).orElse(null), due.get().clause(),
                lost ? timeliness.get().effect() : reduction.effect(), decided.tariff(), outcome.trace());
    }
}
