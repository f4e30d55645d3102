package kitei.cancellation;

import java.time.LocalDate;

import kitei.calendar.DayRange;
import kitei.engine.Conclusion;

/** The minimum usage period of the contract or option (A3, A8.3): from its billing start through {@code end}. */
public record MinimumPeriod(DayRange days) implements Conclusion {

    public LocalDate end() {
        return days.last();
    }

    @Override
    public String effect() {
        return "minimum period " + days.first() + " through " + days.last() + " (" + days.days() + " days)";
    }
}
