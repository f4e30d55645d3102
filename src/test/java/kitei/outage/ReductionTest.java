package kitei.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import kitei.money.Rounding;

class ReductionTest {

    private static final int DAY_HOURS = 24;
    private static final int DIVISOR = 30;

    private static UnavailableTime hours(int hours) {
        OffsetDateTime from = OffsetDateTime.parse("2026-05-01T00:00:00+09:00");
        return UnavailableTime.between(from, from.plusHours(hours));
    }

    @Test
    void creditsWholeDaysOfTheMonthlyFeeOverTheDivisorRoundedOnce() {
        Reduction reduction = Reduction.of(hours(50), DAY_HOURS, 10010, DIVISOR, Rounding.DOWN);
        assertEquals(2, reduction.creditedDays());
        assertEquals(667, reduction.amount());
        assertEquals("2002/3", reduction.exact().toString());
    }

    @Test
    void roundsAtTheEndNotPerDay() {
        assertEquals(73, Reduction.of(hours(48), DAY_HOURS, 1099, DIVISOR, Rounding.DOWN).amount());
    }

    @Test
    void creditsNothingBelowOneWholeDay() {
        Reduction reduction = Reduction.of(hours(23), DAY_HOURS, 30000, DIVISOR, Rounding.DOWN);
        assertEquals(0, reduction.creditedDays());
        assertEquals(0, reduction.amount());
    }

    @Test
    void explainsItsArithmeticInTheTrace() {
        assertEquals("reduction 667 yen: 2 credited day(s) × 10010 ÷ 30 = exactly 2002/3, rounded DOWN",
                Reduction.of(hours(50), DAY_HOURS, 10010, DIVISOR, Rounding.DOWN).effect());
    }
}
