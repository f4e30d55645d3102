package kitei.engine;

import java.time.Duration;

/**
 * How much one decision may do before it is stopped: rule firings and wall-clock time. The
 * tariff's decisions fire 20 to 60 rules in well under a millisecond, so the limits are two orders of
 * magnitude above any real decision and only ever stop a rule that loops (re-firing itself, inserting
 * facts without end, or spinning in Java).
 *
 * @param maxFirings rules fired, facts inserted by rules, each at most this many
 * @param wallClock  time from the first fact inserted to the last rule fired
 */
public record DecisionBudget(int maxFirings, Duration wallClock) {

    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    /**
     * Half the default request timeout: a looping decision is answered as such, not as a timeout; and
     * far above a first decision on a cold rule base on a busy machine (which can take a second or two).
     */
    public static final Duration DEFAULT_WALL_CLOCK = Duration.ofMillis(5_000);

    public DecisionBudget {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("a decision budget allows at least 1 firing, not " + maxFirings);
        }
        if (wallClock.isNegative() || wallClock.isZero()) {
            throw new IllegalArgumentException("a decision budget allows some time, not " + wallClock);
        }
    }

    /** The defaults, or {@code -Dkitei.decision.maxFirings} and {@code -Dkitei.decision.budgetMillis}. */
    public static DecisionBudget standard() {
        return new DecisionBudget(Integer.getInteger("kitei.decision.maxFirings", DEFAULT_MAX_FIRINGS),
                Duration.ofMillis(Long.getLong("kitei.decision.budgetMillis", DEFAULT_WALL_CLOCK.toMillis())));
    }
}
