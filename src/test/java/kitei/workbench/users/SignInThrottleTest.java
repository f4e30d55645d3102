package kitei.workbench.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fourWrongPasswordsStillLetTheNameTry() {
        for (int i = 0; i < SignInThrottle.FAILURES - 1; i++) {
            throttle.failed("aiko");
        }
        assertEquals(Optional.empty(), throttle.wait("aiko"));
    }

    @Test
    void theFifthMakesTheNameWaitFifteenMinutesFromTheLast() {
        for (int i = 0; i < SignInThrottle.FAILURES; i++) {
            throttle.failed("aiko");
        }
        assertEquals(Optional.of(Duration.ofMinutes(15)), throttle.wait("aiko"));
        now = now.plus(Duration.ofMinutes(14));
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.wait("aiko"));
        assertEquals(Optional.empty(), throttle.wait("ken"), "other names are not held back");
        now = now.plus(Duration.ofMinutes(1));
        assertEquals(Optional.empty(), throttle.wait("aiko"));
    }

    @Test
    void aRightPasswordResetsTheCount() {
        for (int i = 0; i < SignInThrottle.FAILURES - 1; i++) {
            throttle.failed("aiko");
        }
        throttle.succeeded("aiko");
        throttle.failed("aiko");
        assertTrue(throttle.wait("aiko").isEmpty());
    }
}
