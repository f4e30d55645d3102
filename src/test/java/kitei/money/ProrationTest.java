package kitei.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kitei.calendar.DayRange;

class ProrationTest {

    private static final DayRange MARCH = range("2026-03-01", "2026-03-31");
    private static final int THIRTY_DAY_MONTH = 30;

    private static DayRange range(String first, String last) {
        return new DayRange(LocalDate.parse(first), LocalDate.parse(last));
    }

    @Test
    void periodDaysChargesTheRemainderOverTheDaysOfThePeriod() {
        Exact charge = Proration.PERIOD_DAYS.charge(10000, range("2026-03-23", "2026-03-31"), MARCH, THIRTY_DAY_MONTH);
        assertEquals("90000/31", charge.toString());
        assertEquals(2903, charge.rounded(Rounding.DOWN));
    }

    @Test
    void periodDaysChargesAWholePeriodExactlyOneMonthlyFee() {
        DayRange period = range("2026-01-31", "2026-02-28");
        assertEquals(Exact.of(10000), Proration.PERIOD_DAYS.charge(10000, period, period, THIRTY_DAY_MONTH));
    }

    @Test
    void calendarDaysChargesEachDayOverItsOwnMonth() {
        DayRange period = range("2026-01-15", "2026-02-14");
        Exact charge = Proration.CALENDAR_DAYS.charge(31 * 28, range("2026-01-30", "2026-02-02"), period, THIRTY_DAY_MONTH);
        assertEquals(Exact.of(28 * 2 + 31 * 2), charge);
    }

    @Test
    void calendarDaysCanChargeMoreThanOneMonthlyFeeForAPeriodAcrossMonths() {
        DayRange period = range("2026-01-15", "2026-02-14");
        Exact charge = Proration.CALENDAR_DAYS.charge(10000, period, period, THIRTY_DAY_MONTH);
        assertEquals(10483, charge.rounded(Rounding.DOWN));
        assertTrue(charge.compareTo(Exact.of(10000)) > 0);
    }

    @Test
    void thirtyChargesEachDayAFixedShareOfTheMonthlyFee() {
        Exact charge = Proration.THIRTY.charge(10000, range("2026-03-23", "2026-03-31"), MARCH, THIRTY_DAY_MONTH);
        assertEquals(Exact.of(3000), charge);
        assertEquals(10333, Proration.THIRTY.charge(10000, MARCH, MARCH, THIRTY_DAY_MONTH).rounded(Rounding.DOWN));
    }
}
