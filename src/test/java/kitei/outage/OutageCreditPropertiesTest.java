package kitei.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.TestRuleBase;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;
import kitei.tariff.JapanTime;

/**
 * Properties of outage-credit answers over thousands of seeded-random outages, offsets and fees,
 * checked against the shipped parameter rows (24 hours, 3 months, ÷ 24, ÷ 30, DOWN).
 */
class OutageCreditPropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 3000;
    private static final long SHIPPED_THRESHOLD_HOURS = 24;
    private static final long SHIPPED_DAY_HOURS = 24;
    private static final long SHIPPED_DIVISOR = 30;
    private static final int SHIPPED_WINDOW_MONTHS = 3;
    private static final OffsetDateTime FROM = OffsetDateTime.parse("2020-01-01T00:00:00Z");

    private final DecisionService service = TestRuleBase.service();

    @Test
    void creditIsWholeCreditedDaysTimesFeeOverThirtyRoundedDownOnce() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(26 * 4 + 1) - 12 * 4) * 15 * 60);
            OffsetDateTime known = FROM.plusSeconds(Math.floorMod(random.nextLong(), 12L * 365 * 86400)).withOffsetSameInstant(offset);
            long seconds = random.nextInt(3) == 0 ? random.nextInt(2 * 86400) : Math.floorMod(random.nextLong(), 20L * 86400);
            OffsetDateTime restored = known.plusSeconds(seconds).withOffsetSameInstant(ZoneOffset.ofHours(random.nextInt(25) - 12));
            long fee = random.nextInt(4) == 0 ? random.nextInt(2000) : Math.floorMod(random.nextLong(), 10_000_000L);
            boolean fault = random.nextInt(5) != 0;
            String context = "case " + i + ": " + known + " to " + restored + ", fee " + fee + (fault ? "" : ", not at fault");
            check(context, known, restored, fee, fault, answer(known, restored, fee, fault));
        }
    }

    private static void check(String context, OffsetDateTime known, OffsetDateTime restored, long fee, boolean fault, JsonNode answer) {
        Duration duration = Duration.between(known, restored);
        boolean eligible = fault && duration.compareTo(Duration.ofHours(SHIPPED_THRESHOLD_HOURS)) >= 0;
        assertEquals(eligible, answer.path("eligible").asBoolean(), context + ": eligible");
        long days = eligible ? duration.toHours() / SHIPPED_DAY_HOURS : 0;
        assertEquals(days, answer.path("creditedDays").asLong(), context + ": credited days");
        long expected = BigInteger.valueOf(days).multiply(BigInteger.valueOf(fee)).divide(BigInteger.valueOf(SHIPPED_DIVISOR)).longValueExact();
        assertEquals(expected, answer.path("amount").asLong(), context + ": floor(days × fee ÷ 30)");
        assertTrue(answer.path("amount").asLong() * SHIPPED_DIVISOR <= days * fee, context + ": never more than the exact credit");
        if (eligible) {
            LocalDate claimable = known.plusHours(SHIPPED_THRESHOLD_HOURS).atZoneSameInstant(JapanTime.ZONE).toLocalDate();
            assertEquals(claimable.toString(), answer.path("claimableFrom").asText(), context + ": claimable from");
            assertEquals(claimable.plusMonths(SHIPPED_WINDOW_MONTHS).toString(), answer.path("claimDeadline").asText(), context + ": deadline");
        } else {
            assertTrue(answer.path("claimableFrom").isNull(), context + ": no claim when not eligible");
        }
    }

    private JsonNode answer(OffsetDateTime known, OffsetDateTime restored, long fee, boolean fault) {
        ObjectNode request = Json.MAPPER.createObjectNode()
                .put("monthlyFee", fee)
                .put("providerAtFault", fault)
                .put("knownAt", known.toString())
                .put("restoredAt", restored.toString());
        Reply reply = service.decide(service.at("/v1/outage-credit").orElseThrow(), request);
        JsonNode answer = Json.MAPPER.valueToTree(reply.body());
        assertEquals(200, reply.status(), () -> "answer was " + answer);
        return answer;
    }
}
