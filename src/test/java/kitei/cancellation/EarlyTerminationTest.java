package kitei.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kitei.calendar.DayRange;

class EarlyTerminationTest {

    private static final DayRange MARCH = new DayRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));

    @Test
    void appliesToTheDaysAfterTheEffectiveDate() {
        EarlyTermination termination = EarlyTermination.applies(MARCH, LocalDate.parse("2026-03-22"), "ends early");
        assertEquals(9, termination.remainderDays());
        assertEquals("early-termination charge applies: ends early; remainder 2026-03-23..2026-03-31 = 9 of 31 days",
                termination.effect());
    }

    @Test
    void hasNoRemainderWhenItDoesNotApply() {
        EarlyTermination none = EarlyTermination.none(MARCH, "the minimum period has elapsed");
        assertEquals(0, none.remainderDays());
        assertEquals("no early-termination charge: the minimum period has elapsed", none.effect());
    }

    @Test
    void refusesToApplyWhenNothingRemains() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> EarlyTermination.applies(MARCH, LocalDate.parse("2026-03-31"), "ends on the last day"));
        assertEquals("no remainder after 2026-03-31 in 2026-03-01..2026-03-31", refused.getMessage());
    }
}
