package kitei.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.StagedRevision;

/**
 * A decision without asOf is made as of today in Japan: with a revision staged from 2027-04-01, the
 * service answers from it at the first decision after 00:00 JST that day (15:00 UTC the day before),
 * and from the base at every decision before, with no restart and no reload in between.
 */
class VersionAtMidnightJstTest {

    private static final Instant MIDNIGHT_JST = Instant.parse("2027-03-31T15:00:00Z");
    private static final String REQUEST = """
            {"subject": "CONTRACT", "type": "GROUP", "billingStartDate": "2025-01-01", "monthlyFee": 10000,
             "noticeReceivedDate": "2027-03-31", "reason": "CUSTOMER"}""";

    private final MovableClock clock = new MovableClock(MIDNIGHT_JST.minus(Duration.ofMinutes(1)));
    private final DecisionService service = new DecisionService(StagedRevision::get, new Asking(clock), Json.MAPPER, Deciders.all());

    @Test
    void everyDecisionBeforeMidnightJstAnswersFromTheBase() throws Exception {
        for (Instant at : new Instant[] {Instant.parse("2027-03-31T00:00:00Z"), MIDNIGHT_JST.minus(Duration.ofMinutes(1)),
                MIDNIGHT_JST.minusNanos(1)}) {
            clock.set(at);
            JsonNode answer = decide();
            assertEquals("2019-12-01", answer.path("tariff").path("version").asText(), () -> "at " + at);
            assertEquals("2027-04-30", answer.path("effectiveDate").asText(), () -> "at " + at);
        }
    }

    @Test
    void theFirstDecisionAtMidnightJstAnswersFromTheRevision() throws Exception {
        clock.set(MIDNIGHT_JST.minusNanos(1));
        assertEquals("2019-12-01", decide().path("tariff").path("version").asText());
        clock.set(MIDNIGHT_JST);
        JsonNode answer = decide();
        assertEquals("2027-04-01", answer.path("tariff").path("version").asText());
        assertEquals("2027-05-30", answer.path("effectiveDate").asText());
        clock.set(MIDNIGHT_JST.plus(Duration.ofHours(12)));
        assertEquals("2027-04-01", decide().path("tariff").path("version").asText());
    }

    @Test
    void theSameServiceAnswersEachDayFromItsOwnVersionWhenTheClockRunsBack() throws Exception {
        clock.set(MIDNIGHT_JST);
        assertEquals("2027-04-01", decide().path("tariff").path("version").asText());
        clock.set(MIDNIGHT_JST.minusSeconds(1));
        assertEquals("2019-12-01", decide().path("tariff").path("version").asText());
    }

    private JsonNode decide() throws Exception {
        Reply reply = service.decide(service.at("/v1/cancellation").orElseThrow(), Json.MAPPER.readTree(REQUEST));
        JsonNode answer = Json.MAPPER.valueToTree(reply.body());
        assertEquals(200, reply.status(), () -> "answer was " + answer);
        return answer;
    }

    /** A clock a test moves; read by every decision, as the system clock would be. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now.get(), zone);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
