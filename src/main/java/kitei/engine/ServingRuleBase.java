package kitei.engine;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rule base decisions are made with. A decision takes it once and finishes on it, so a swap
 * never mixes two rule bases in one answer.
 */
public final class ServingRuleBase {

    private final AtomicReference<RuleBase> current = new AtomicReference<>();
    private volatile String loadFailure;

    public Optional<RuleBase> current() {
        return Optional.ofNullable(current.get());
    }

    public RuleBase require() {
        RuleBase ruleBase = current.get();
        if (ruleBase == null) {
            throw new NotReadyException();
        }
        return ruleBase;
    }

    public void serve(RuleBase ruleBase) {
        current.set(ruleBase);
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
