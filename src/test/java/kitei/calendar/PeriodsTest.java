package kitei.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    @ParameterizedTest(name = "{0} + {1} month(s) ends {2}")
    @CsvSource({
        "2026-01-15, 1, 2026-02-14",
        "2026-03-01, 1, 2026-03-31",
        "2026-12-31, 1, 2027-01-30",
        "2026-01-29, 1, 2026-02-28",
        "2026-01-30, 1, 2026-02-28",
        "2026-01-31, 1, 2026-02-28",
        "2028-01-29, 1, 2028-02-28",
        "2028-01-30, 1, 2028-02-29",
        "2028-01-31, 1, 2028-02-29",
        "2026-03-31, 1, 2026-04-30",
        "2026-01-31, 3, 2026-04-30",
        "2026-11-30, 3, 2027-02-28",
    })
    void minimumPeriodEndsTheDayBeforeTheCorrespondingDayOrOnTheMonthsLastDay(LocalDate start, int months, LocalDate end) {
        assertEquals(end, Periods.minimumPeriodEnd(start, months));
    }

    @Test
    void minimumPeriodIsNotPlusOneMonthMinusOneDayForStartsOnThe31st() {
        LocalDate start = LocalDate.parse("2026-01-31");
        assertEquals(LocalDate.parse("2026-02-27"), start.plusMonths(1).minusDays(1), "the naive reading");
        assertEquals(LocalDate.parse("2026-02-28"), Periods.minimumPeriodEnd(start, 1));
    }

    @Test
    void minimumPeriodRunsFromTheStartThroughItsEnd() {
        DayRange period = Periods.minimumPeriod(LocalDate.parse("2026-03-01"), 1);
        assertEquals(new DayRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31")), period);
        assertEquals(31, period.days());
    }

    @Test
    void minimumPeriodRefusesZeroMonthsWithAnExactMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Periods.minimumPeriodEnd(LocalDate.parse("2026-03-01"), 0));
        assertEquals("a period needs one or more months, got 0", refused.getMessage());
    }

    @ParameterizedTest(name = "notice {0} + {1} days takes effect {2}")
    @CsvSource({
        "2026-01-02, 30, 2026-02-01",
        "2026-04-01, 30, 2026-05-01",
        "2026-02-20, 30, 2026-03-22",
        "2028-01-31, 30, 2028-03-01",
        "2026-02-20, 45, 2026-04-06",
    })
    void noticeTakesEffectOnTheLastOfTheDaysNotCountingTheArrivalDay(LocalDate arrival, int days, LocalDate effective) {
        assertEquals(effective, Periods.noticeEffective(arrival, days));
    }

    @Test
    void noticeRefusesNegativeDaysWithAnExactMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Periods.noticeEffective(LocalDate.parse("2026-03-01"), -1));
        assertEquals("a period needs one or more days, got -1", refused.getMessage());
    }

    @Test
    void laterOfPrefersTheNamedDayOnlyWhenItIsLater() {
        LocalDate notice = LocalDate.parse("2026-05-01");
        assertEquals(notice, Periods.laterOf(notice, null));
        assertEquals(notice, Periods.laterOf(notice, LocalDate.parse("2026-04-15")));
        assertEquals(notice, Periods.laterOf(notice, notice));
        assertEquals(LocalDate.parse("2026-06-30"), Periods.laterOf(notice, LocalDate.parse("2026-06-30")));
    }

    @ParameterizedTest(name = "{0} + {1} month(s) is {2}")
    @CsvSource({
        "2026-01-10, 3, 2026-04-10",
        "2026-11-30, 3, 2027-02-28",
        "2027-11-30, 3, 2028-02-29",
        "2026-05-31, 3, 2026-08-31",
        "2026-05-02, 3, 2026-08-02",
    })
    void monthsLaterIsTheCorrespondingDayOrThatMonthsLastDay(LocalDate day, int months, LocalDate later) {
        assertEquals(later, Periods.monthsLater(day, months));
    }

    @Test
    void remainderIsTheDaysAfterTheEffectiveDateThroughThePeriodsLastDay() {
        DayRange period = Periods.minimumPeriod(LocalDate.parse("2026-03-01"), 1);
        assertEquals(Optional.of(new DayRange(LocalDate.parse("2026-03-23"), LocalDate.parse("2026-03-31"))),
                Periods.remainderAfter(LocalDate.parse("2026-03-22"), period));
        assertEquals(1, Periods.remainderAfter(LocalDate.parse("2026-03-30"), period).orElseThrow().days());
    }

    @Test
    void remainderIsAllOfThePeriodWhenTheContractEndsBeforeBillingStarts() {
        DayRange period = Periods.minimumPeriod(LocalDate.parse("2026-03-01"), 1);
        assertEquals(Optional.of(period), Periods.remainderAfter(LocalDate.parse("2026-02-04"), period));
        assertEquals(Optional.of(period), Periods.remainderAfter(LocalDate.parse("2026-02-28"), period));
    }

    @Test
    void noRemainderWhenTheContractEndsOnOrAfterThePeriodsLastDay() {
        DayRange period = Periods.minimumPeriod(LocalDate.parse("2026-03-01"), 1);
        assertTrue(Periods.remainderAfter(LocalDate.parse("2026-03-31"), period).isEmpty());
        assertTrue(Periods.remainderAfter(LocalDate.parse("2026-04-14"), period).isEmpty());
    }

    @Test
    void japanDayTakesTheDayBoundaryInTokyoWhateverTheOffset() {
        assertEquals(LocalDate.parse("2026-05-01"), Periods.japanDay(OffsetDateTime.parse("2026-05-01T14:59:59Z")));
        assertEquals(LocalDate.parse("2026-05-02"), Periods.japanDay(OffsetDateTime.parse("2026-05-01T15:00:00Z")));
        assertEquals(LocalDate.parse("2026-05-02"), Periods.japanDay(OffsetDateTime.parse("2026-05-01T10:00:00-05:00")));
        assertEquals(LocalDate.parse("2026-05-01"), Periods.japanDay(OffsetDateTime.parse("2026-05-01T23:59:59+09:00")));
    }
}
