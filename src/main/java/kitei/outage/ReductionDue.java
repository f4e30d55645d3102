package kitei.outage;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import kitei.calendar.Periods;
import kitei.engine.Conclusion;

/**
 * A reduction is due (A12): the claim became possible on the Japan day the unavailability reached
 * {@code thresholdHours}, and must be made by {@code claimDeadline}, {@code windowMonths} later.
 */
public record ReductionDue(LocalDate claimableFrom, LocalDate claimDeadline, int thresholdHours, int windowMonths)
        implements Conclusion {

    public static ReductionDue of(OffsetDateTime knownAt, int thresholdHours, int windowMonths) {
        LocalDate claimable = Periods.japanDay(knownAt.plusHours(thresholdHours));
        return new ReductionDue(claimable, Periods.monthsLater(claimable, windowMonths), thresholdHours, windowMonths);
    }

    @Override
    public String effect() {
        return "reduction due: " + thresholdHours + " hours reached on " + claimableFrom + " (Japan time); claim by "
                + claimDeadline + " (" + windowMonths + " months)";
    }
}
