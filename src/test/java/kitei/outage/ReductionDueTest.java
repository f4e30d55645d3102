package kitei.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class ReductionDueTest {

    private static final int THRESHOLD_HOURS = 24;
    private static final int WINDOW_MONTHS = 3;

    @Test
    void claimBecomesPossibleOnTheJapanDayTheThresholdIsReached() {
        ReductionDue due = ReductionDue.of(OffsetDateTime.parse("2026-05-01T10:00:00+09:00"), THRESHOLD_HOURS, WINDOW_MONTHS);
        assertEquals(LocalDate.parse("2026-05-02"), due.claimableFrom());
        assertEquals(LocalDate.parse("2026-08-02"), due.claimDeadline());
    }

    @Test
    void aUtcInstantLateInTheDayIsTheNextDayInJapan() {
        ReductionDue due = ReductionDue.of(OffsetDateTime.parse("2026-05-01T16:00:00Z"), THRESHOLD_HOURS, WINDOW_MONTHS);
        assertEquals(LocalDate.parse("2026-05-03"), due.claimableFrom());
    }

    @Test
    void deadlineFallsOnTheMonthsLastDayWhenThereIsNoCorrespondingDay() {
        ReductionDue due = ReductionDue.of(OffsetDateTime.parse("2026-11-29T12:00:00+09:00"), THRESHOLD_HOURS, WINDOW_MONTHS);
        assertEquals(LocalDate.parse("2026-11-30"), due.claimableFrom());
        assertEquals(LocalDate.parse("2027-02-28"), due.claimDeadline());
    }
}
