package kitei.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.TestRuleBase;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;

/**
 * Properties of cancellation answers over thousands of seeded-random dates and fees, checked
 * against the shipped parameter rows (notice 30 days, minimum period 1 month, PERIOD_DAYS, DOWN).
 */
class CancellationPropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 3000;
    private static final int SHIPPED_NOTICE_DAYS = 30;
    private static final LocalDate FROM = LocalDate.parse("2020-01-01");
    private static final int DAYS_SPAN = 365 * 12;

    private final DecisionService service = TestRuleBase.service();

    @Test
    void answersKeepTheirPropertiesOverThousandsOfRandomCases() {
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            LocalDate start = FROM.plusDays(random.nextInt(DAYS_SPAN));
            LocalDate notice = start.plusDays(random.nextInt(90) - 60);
            LocalDate named = random.nextBoolean() ? null : notice.plusDays(random.nextInt(120) - 30);
            long fee = random.nextInt(4) == 0 ? random.nextInt(100) : Math.abs(random.nextLong() % 10_000_000L);
            boolean option = random.nextInt(4) == 0;
            String context = "case " + i + ": start " + start + ", notice " + notice + ", named " + named + ", fee " + fee
                    + (option ? ", option" : "");
            check(context, start, notice, named, fee, option, answer(start, notice, named, fee, option));
        }
    }

    private static void check(String context, LocalDate start, LocalDate notice, LocalDate named, long fee, boolean option,
                              JsonNode answer) {
        LocalDate effective = LocalDate.parse(answer.path("effectiveDate").asText());
        LocalDate end = LocalDate.parse(answer.path("minimumPeriodEnd").asText());
        JsonNode charge = answer.path("earlyTermination");
        int remainder = charge.path("remainderDays").asInt();
        int period = charge.path("periodDays").asInt();
        long amount = charge.path("amount").asLong();

        assertFalse(effective.isBefore(notice.plusDays(SHIPPED_NOTICE_DAYS)), context + ": effective before notice + 30 days");
        assertTrue(named == null || !effective.isBefore(named), context + ": effective before the day named");
        assertTrue(effective.equals(notice.plusDays(SHIPPED_NOTICE_DAYS)) || effective.equals(named), context + ": effective is neither");

        assertEquals(period, ChronoUnit.DAYS.between(start, end) + 1, context + ": period days");
        assertTrue(period >= 28 && period <= 31, context + ": a month is 28 to 31 days");
        LocalDate corresponding = start.plusMonths(1);
        boolean hasCorrespondingDay = start.getDayOfMonth() <= YearMonth.from(corresponding).lengthOfMonth();
        assertEquals(hasCorrespondingDay ? corresponding.minusDays(1) : YearMonth.from(corresponding).atEndOfMonth(), end,
                context + ": Civil Code art. 143 end");

        assertTrue(remainder >= 0 && remainder <= period, context + ": remainder " + remainder + " exceeds the period " + period);
        assertEquals(effective.isBefore(end), charge.path("applies").asBoolean(), context + ": applies iff E < M");
        long expectedRemainder = !effective.isBefore(end) ? 0
                : effective.isBefore(start) ? period : ChronoUnit.DAYS.between(effective, end);
        assertEquals(expectedRemainder, remainder, context + ": remainder days");

        assertTrue(amount <= fee, context + ": charge " + amount + " exceeds one monthly fee " + fee);
        long exact = BigInteger.valueOf(fee).multiply(BigInteger.valueOf(remainder)).divide(BigInteger.valueOf(period)).longValueExact();
        assertEquals(exact, amount, context + ": fee × remainder ÷ period, rounded down once");
        assertEquals(option ? "A11.2" : "A11.1", charge.path("clause").asText(), context + ": clause");
    }

    private JsonNode answer(LocalDate start, LocalDate notice, LocalDate named, long fee, boolean option) {
        ObjectNode request = Json.MAPPER.createObjectNode()
                .put("subject", option ? "OPTION" : "CONTRACT")
                .put("type", option ? "LOAD_BALANCING" : "GROUP")
                .put("billingStartDate", start.toString())
                .put("noticeReceivedDate", notice.toString())
                .put("monthlyFee", fee);
        if (named != null) {
            request.put("requestedEffectiveDate", named.toString());
        }
        Reply reply = service.decide(service.at("/v1/cancellation").orElseThrow(), request);
        JsonNode answer = Json.MAPPER.valueToTree(reply.body());
        assertEquals(200, reply.status(), () -> "answer was " + answer);
        return answer;
    }
}
