package kitei.decision;

import java.util.List;

import kitei.cancellation.CancellationDecider;
import kitei.changes.ChangesDecider;
import kitei.charges.ChargesDecider;
import kitei.eligibility.EligibilityDecider;
import kitei.outage.OutageDecider;

/** Every decision kitei answers, in the order the API lists them. */
public final class Deciders {

    private Deciders() {
    }

    public static List<Decider> all() {
        return List.of(
                new EligibilityDecider(),
                new CancellationDecider(),
                new OutageDecider(),
                new ChangesDecider(),
                new ChargesDecider());
    }
}
