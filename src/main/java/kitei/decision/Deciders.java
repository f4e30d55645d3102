package kitei.decision;

import java.util.List;

import kitei.api.v1.Answers;
import kitei.cancellation.CancellationRequest;
import kitei.changes.ChangesRequest;
import kitei.charges.ChargesRequest;
import kitei.eligibility.EligibilityRequest;
import kitei.outage.OutageRequest;
import kitei.tariff.DecisionKind;

/** Every decision kitei answers, in the order the API lists them: each its reader and its v1 answer. */
public final class Deciders {

    private Deciders() {
    }

    public static List<Decider> all() {
        return List.of(
                Decider.of(DecisionKind.ELIGIBILITY, EligibilityRequest::read, Answers::eligibility),
                Decider.of(DecisionKind.CANCELLATION, CancellationRequest::read, Answers::cancellation),
                Decider.of(DecisionKind.OUTAGE_CREDIT, OutageRequest::read, Answers::outageCredit),
                Decider.of(DecisionKind.CHANGES, ChangesRequest::read, Answers::change),
                Decider.of(DecisionKind.CHARGES, ChargesRequest::read, Answers::charges));
    }
}
