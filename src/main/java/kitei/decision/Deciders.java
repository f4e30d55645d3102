package kitei.decision;

import java.util.List;

import kitei.cancellation.CancellationDecider;
import kitei.eligibility.EligibilityDecider;

/** Every decision kitei answers, in the order the API lists them. */
public final class Deciders {

    private Deciders() {
    }

    public static List<Decider> all() {
        return List.of(
                new EligibilityDecider(),
                new CancellationDecider());
    }
}
