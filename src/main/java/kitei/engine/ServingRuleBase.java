package kitei.engine;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base decisions are made with, and the release it came from. A decision takes both at once
 * and finishes on them, so a swap never mixes two rule bases (or two releases) in one answer.
 */
public final class ServingRuleBase {

    /** A rule base with the id of the release it was activated as (null when it is not a release: tests, tools). */
    public record Served(RuleBase ruleBase, String release) {
    }

    private final AtomicReference<Served> current = new AtomicReference<>();
    private volatile String loadFailure;

    public Optional<RuleBase> current() {
        return served().map(Served::ruleBase);
    }

    public Optional<Served> served() {
        return Optional.ofNullable(current.get());
    }

    public RuleBase require() {
        return requireServed().ruleBase();
    }

    public Served requireServed() {
        Served served = current.get();
        if (served == null) {
            throw new NotReadyException();
        }
        return served;
    }

    public void serve(RuleBase ruleBase) {
        serve(ruleBase, null);
    }

    public void serve(RuleBase ruleBase, String release) {
        current.set(new Served(release == null ? ruleBase : ruleBase.asRelease(release), release));
    }

    /** The first load failed: nothing serves, and readiness says why rather than "loading". */
    public void failedToLoad(String reason) {
        loadFailure = reason;
    }

    public Optional<String> loadFailure() {
        return current.get() == null ? Optional.ofNullable(loadFailure) : Optional.empty();
    }

    /** No rule base is loaded yet; answered with 503. */
    public static final class NotReadyException extends RuntimeException {
        public NotReadyException() {
            super("the rule base is not loaded yet");
        }
    }
}
