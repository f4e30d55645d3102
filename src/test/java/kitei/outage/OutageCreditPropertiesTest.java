package kitei.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.TestRuleBase;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;
import kitei.engine.RuleBase;
import kitei.money.Ratio;
import kitei.parameters.Parameter;
import kitei.parameters.ParameterRows;
import kitei.tariff.DecisionKind;
import kitei.tariff.JapanTime;

/**
 * Properties of outage-credit answers over thousands of seeded-random outages, offsets and fees,
 * with the numbers each rule base's parameter table gives (threshold hours, hours per credited day,
 * divisor, claim window, rounding): the shipped table, and edited copies as an analyst might make them.
 */
class OutageCreditPropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 3000;
    private static final OffsetDateTime FROM = OffsetDateTime.parse("2020-01-01T00:00:00Z");

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("shipped", Map.of()),
                Arguments.of("48 hours, 12-hour days, ÷ 31, 2 months, half up", Map.of(
                        "OUTAGE_THRESHOLD_HOURS", "48", "CREDIT_DAY_HOURS", "12", "CREDIT_DIVISOR_DAYS", "31",
                        "CLAIM_WINDOW_MONTHS", "2", "CREDIT_ROUNDING", "HALF_UP")),
                Arguments.of("12 hours, ÷ 28, up", Map.of(
                        "OUTAGE_THRESHOLD_HOURS", "12", "CREDIT_DIVISOR_DAYS", "28", "CREDIT_ROUNDING", "UP")));
    }

    /** What the parameter table says. */
    private record Terms(int thresholdHours, int dayHours, int divisor, int windowMonths, String rounding) {

        static Terms of(RuleBase ruleBase) {
            Map<String, Parameter> rows = ParameterRows.of(ruleBase, DecisionKind.OUTAGE_CREDIT);
            return new Terms(rows.get("OUTAGE_THRESHOLD_HOURS").intValue(), rows.get("CREDIT_DAY_HOURS").intValue(),
                    rows.get("CREDIT_DIVISOR_DAYS").intValue(), rows.get("CLAIM_WINDOW_MONTHS").intValue(),
                    rows.get("CREDIT_ROUNDING").value());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void creditIsWholeCreditedDaysTimesFeeOverTheDivisorRoundedOnce(String table, Map<String, String> edits) {
        RuleBase ruleBase = edits.isEmpty() ? TestRuleBase.get() : ParameterRows.editedRuleBase(edits);
        ParameterRows.assertRead(ruleBase, edits, DecisionKind.OUTAGE_CREDIT);
        DecisionService service = TestRuleBase.service(ruleBase);
        Terms terms = Terms.of(ruleBase);
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(26 * 4 + 1) - 12 * 4) * 15 * 60);
            OffsetDateTime known = FROM.plusSeconds(Math.floorMod(random.nextLong(), 12L * 365 * 86400)).withOffsetSameInstant(offset);
            long seconds = random.nextInt(3) == 0 ? random.nextInt(2 * 86400) : Math.floorMod(random.nextLong(), 20L * 86400);
            OffsetDateTime restored = known.plusSeconds(seconds).withOffsetSameInstant(ZoneOffset.ofHours(random.nextInt(25) - 12));
            long fee = random.nextInt(4) == 0 ? random.nextInt(2000) : Math.floorMod(random.nextLong(), 10_000_000L);
            boolean fault = random.nextInt(5) != 0;
            String context = table + ", case " + i + ": " + known + " to " + restored + ", fee " + fee + (fault ? "" : ", not at fault");
            check(context, terms, known, restored, fee, fault, answer(service, known, restored, fee, fault));
        }
    }

    private static void check(String context, Terms terms, OffsetDateTime known, OffsetDateTime restored, long fee, boolean fault,
                              JsonNode answer) {
        Duration duration = Duration.between(known, restored);
        boolean eligible = fault && duration.compareTo(Duration.ofHours(terms.thresholdHours())) >= 0;
        assertEquals(eligible, answer.path("eligible").asBoolean(), context + ": eligible");
        long days = eligible ? duration.toHours() / terms.dayHours() : 0;
        assertEquals(days, answer.path("creditedDays").asLong(), context + ": credited days");
        long amount = answer.path("amount").asLong();
        assertEquals(Ratio.of(fee, terms.divisor()).times(days).rounded(terms.rounding()), amount,
                context + ": days × fee ÷ " + terms.divisor() + ", rounded " + terms.rounding() + " once");
        assertTrue(Math.abs(amount * terms.divisor() - days * fee) < terms.divisor(), context + ": within a yen of the exact credit");
        if (eligible) {
            LocalDate claimable = known.plusHours(terms.thresholdHours()).atZoneSameInstant(JapanTime.ZONE).toLocalDate();
            assertEquals(claimable.toString(), answer.path("claimableFrom").asText(), context + ": claimable from");
            assertEquals(claimable.plusMonths(terms.windowMonths()).toString(), answer.path("claimDeadline").asText(),
                    context + ": deadline");
        } else {
            assertTrue(answer.path("claimableFrom").isNull(), context + ": no claim when not eligible");
        }
    }

    private static JsonNode answer(DecisionService service, OffsetDateTime known, OffsetDateTime restored, long fee, boolean fault) {
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
