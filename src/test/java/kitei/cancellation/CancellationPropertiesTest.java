package kitei.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
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
import kitei.prices.Priced;
import kitei.tariff.ContractType;
import kitei.tariff.DecisionKind;
import kitei.tariff.OptionService;

/**
 * Properties of cancellation answers over thousands of seeded-random dates and fees, with the
 * numbers and methods each rule base's parameter table gives (notice days, minimum months,
 * proration method, rounding): the shipped table, and edited copies as an analyst might make them.
 */
class CancellationPropertiesTest {

    private static final long SEED = 20261125L;
    private static final int CASES = 3000;
    private static final LocalDate FROM = LocalDate.parse("2020-01-01");
    private static final int DAYS_SPAN = 365 * 12;
    /** 28 × 29 × 30 × 31 ÷ 2: a multiple of every month's length, for the calendar-day method as one fraction. */
    private static final long MONTH_LENGTHS = 377_580;

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("shipped", Map.of()),
                Arguments.of("calendar days, half up, 45 and 20 notice days, 2 and 3 months", Map.of(
                        "NOTICE_DAYS", "45", "OPTION_NOTICE_DAYS", "20", "MINIMUM_PERIOD_MONTHS", "2",
                        "OPTION_MINIMUM_PERIOD_MONTHS", "3", "PRORATION_METHOD", "CALENDAR_DAYS",
                        "EARLY_TERMINATION_ROUNDING", "HALF_UP")),
                Arguments.of("thirty-one-day months, up", Map.of(
                        "PRORATION_METHOD", "THIRTY", "PRORATION_DAYS_PER_MONTH", "31", "EARLY_TERMINATION_ROUNDING", "UP")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void answersKeepTheirPropertiesOverThousandsOfRandomCases(String table, Map<String, String> edits) {
        RuleBase ruleBase = edits.isEmpty() ? TestRuleBase.get() : ParameterRows.editedRuleBase(edits);
        DecisionService service = TestRuleBase.service(ruleBase);
        Terms contract = Terms.of(ruleBase, Subject.CONTRACT, "NOTICE_DAYS", "MINIMUM_PERIOD_MONTHS");
        Terms option = Terms.of(ruleBase, Subject.OPTION, "OPTION_NOTICE_DAYS", "OPTION_MINIMUM_PERIOD_MONTHS");
        ParameterRows.assertRead(ruleBase, edits, DecisionKind.CANCELLATION, Terms.asked(Subject.CONTRACT), Terms.asked(Subject.OPTION));
        Random random = new Random(SEED);
        for (int i = 0; i < CASES; i++) {
            LocalDate start = FROM.plusDays(random.nextInt(DAYS_SPAN));
            LocalDate notice = start.plusDays(random.nextInt(90) - 60);
            LocalDate named = random.nextBoolean() ? null : notice.plusDays(random.nextInt(120) - 30);
            long fee = random.nextInt(4) == 0 ? random.nextInt(100) : Math.abs(random.nextLong() % 10_000_000L);
            boolean isOption = random.nextInt(4) == 0;
            String context = table + ", case " + i + ": start " + start + ", notice " + notice + ", named " + named + ", fee " + fee
                    + (isOption ? ", option" : "");
            check(context, isOption ? option : contract, start, notice, named, fee, isOption,
                    answer(service, start, notice, named, fee, isOption));
        }
    }

    /** What the parameter table says for one subject. */
    private record Terms(int noticeDays, int months, String method, int daysPerMonth, String rounding) {

        static Cancellation asked(Subject subject) {
            Priced what = subject == Subject.OPTION ? Priced.option(OptionService.LOAD_BALANCING) : Priced.contract(ContractType.GROUP);
            LocalDate day = LocalDate.parse("2026-03-01");
            return new Cancellation(subject, what, day, day, null, Reason.CUSTOMER, 1000L);
        }

        static Terms of(RuleBase ruleBase, Subject subject, String noticeDays, String months) {
            Map<String, Parameter> rows = ParameterRows.of(ruleBase, DecisionKind.CANCELLATION, asked(subject));
            return new Terms(rows.get(noticeDays).intValue(), rows.get(months).intValue(), rows.get("PRORATION_METHOD").value(),
                    rows.get("PRORATION_DAYS_PER_MONTH").intValue(), rows.get("EARLY_TERMINATION_ROUNDING").value());
        }
    }

    private static void check(String context, Terms terms, LocalDate start, LocalDate notice, LocalDate named, long fee,
                              boolean option, JsonNode answer) {
        LocalDate effective = LocalDate.parse(answer.path("effectiveDate").asText());
        LocalDate end = LocalDate.parse(answer.path("minimumPeriodEnd").asText());
        JsonNode charge = answer.path("earlyTermination");
        int remainder = charge.path("remainderDays").asInt();
        int period = charge.path("periodDays").asInt();
        long amount = charge.path("amount").asLong();
        LocalDate noticeEnd = notice.plusDays(terms.noticeDays());

        assertFalse(effective.isBefore(noticeEnd), context + ": effective before notice + " + terms.noticeDays() + " days");
        assertTrue(named == null || !effective.isBefore(named), context + ": effective before the day named");
        assertTrue(effective.equals(noticeEnd) || effective.equals(named), context + ": effective is neither");

        assertEquals(period, ChronoUnit.DAYS.between(start, end) + 1, context + ": period days");
        assertTrue(period >= 28 * terms.months() && period <= 31 * terms.months(),
                context + ": " + terms.months() + " month(s) are " + period + " days");
        LocalDate corresponding = start.plusMonths(terms.months());
        boolean hasCorrespondingDay = start.getDayOfMonth() <= YearMonth.from(corresponding).lengthOfMonth();
        assertEquals(hasCorrespondingDay ? corresponding.minusDays(1) : YearMonth.from(corresponding).atEndOfMonth(), end,
                context + ": Civil Code art. 143 end");

        assertTrue(remainder >= 0 && remainder <= period, context + ": remainder " + remainder + " exceeds the period " + period);
        assertEquals(effective.isBefore(end), charge.path("applies").asBoolean(), context + ": applies iff E < M");
        LocalDate firstRemaining = effective.isBefore(start) ? start : effective.plusDays(1);
        long expectedRemainder = !effective.isBefore(end) ? 0 : ChronoUnit.DAYS.between(firstRemaining, end) + 1;
        assertEquals(expectedRemainder, remainder, context + ": remainder days");

        long expected = remainder == 0 ? 0 : exactCharge(terms, fee, firstRemaining, end, period).rounded(terms.rounding());
        assertEquals(expected, amount, context + ": " + terms.method() + " rounded " + terms.rounding() + " once");
        if (terms.method().equals("PERIOD_DAYS")) {
            assertTrue(amount <= fee, context + ": charge " + amount + " exceeds one monthly fee " + fee);
        }
        assertEquals(option ? "A11.2" : "A11.1", charge.path("clause").asText(), context + ": clause");
    }

    /** The exact charge for the remainder {@code first}..{@code last} by the table's method (App2.1). */
    private static Ratio exactCharge(Terms terms, long fee, LocalDate first, LocalDate last, int period) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return switch (terms.method()) {
            case "PERIOD_DAYS" -> Ratio.of(fee, period).times(days);
            case "THIRTY" -> Ratio.of(fee, terms.daysPerMonth()).times(days);
            case "CALENDAR_DAYS" -> {
                long shares = 0;
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    shares += MONTH_LENGTHS / day.lengthOfMonth();
                }
                yield Ratio.of(fee, MONTH_LENGTHS).times(shares);
            }
            default -> throw new AssertionError("no proration method " + terms.method() + " known to the test");
        };
    }

    private static JsonNode answer(DecisionService service, LocalDate start, LocalDate notice, LocalDate named, long fee,
                                   boolean option) {
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
