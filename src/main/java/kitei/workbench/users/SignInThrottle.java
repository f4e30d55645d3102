package kitei.workbench.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down guessing: after {@value #FAILURES} wrong passwords in a row for one name, that name's sign-in
 * is refused without a check until {@link #PAUSE} has passed since the last failure. A right password
 * resets the count. Names are kept for the last {@value #KEPT} that failed.
 */
public final class SignInThrottle {

    static final int FAILURES = 5;
    static final Duration PAUSE = Duration.ofMinutes(15);
    static final int KEPT = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> byName = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > KEPT;
        }
    };

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the name must wait before its next attempt is checked; empty when it may try now. */
    public synchronized Optional<Duration> wait(String name) {
        Failures failures = byName.get(name);
        if (failures == null || failures.count() < FAILURES) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), failures.last().plus(PAUSE));
        if (left.isNegative() || left.isZero()) {
            byName.remove(name);
            return Optional.empty();
        }
        return Optional.of(left);
    }

    public synchronized void failed(String name) {
        Failures before = byName.get(name);
        byName.put(name, new Failures(before == null ? 1 : before.count() + 1, clock.instant()));
    }

    public synchronized void succeeded(String name) {
        byName.remove(name);
    }
}
