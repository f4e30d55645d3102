package kitei.cancellation;

import java.time.LocalDate;

import kitei.calendar.DayRange;
import kitei.calendar.Periods;
import kitei.engine.Conclusion;

/**
 * Whether the early-termination charge applies (A11.1, A11.2), and to which remainder of the
 * minimum period (App2): the days after the effective date up to and including the period's last day.
 */
public record EarlyTermination(boolean applies, DayRange period, DayRange remainder, String because) implements Conclusion {

    public static EarlyTermination applies(DayRange period, LocalDate effective, String because) {
        DayRange remainder = Periods.remainderAfter(effective, period)
                .orElseThrow(() -> new IllegalStateException("no remainder after " + effective + " in " + period));
        return new EarlyTermination(true, period, remainder, because);
    }

    public static EarlyTermination none(DayRange period, String because) {
        return new EarlyTermination(false, period, null, because);
    }

    public int remainderDays() {
        return remainder == null ? 0 : remainder.days();
    }

    @Override
    public String effect() {
        if (!applies) {
            return "no early-termination charge: " + because;
        }
        return "early-termination charge applies: " + because + "; remainder " + remainder + " = "
                + remainderDays() + " of " + period.days() + " days";
    }
}
