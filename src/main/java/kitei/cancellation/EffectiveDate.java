package kitei.cancellation;

import java.time.LocalDate;

import kitei.calendar.Periods;
import kitei.engine.Conclusion;

/**
 * The day the cancellation takes effect (A9, A8.4): the later of the day {@code noticeDays} days
 * have elapsed since the notice arrived and the day the customer named. The contract runs through it.
 */
public record EffectiveDate(LocalDate date, LocalDate noticeEnd, LocalDate named, int noticeDays) implements Conclusion {

    public static EffectiveDate of(Cancellation cancellation, int noticeDays) {
        LocalDate noticeEnd = Periods.noticeEffective(cancellation.noticeReceivedDate(), noticeDays);
        return new EffectiveDate(Periods.laterOf(noticeEnd, cancellation.requestedEffectiveDate()), noticeEnd,
                cancellation.requestedEffectiveDate(), noticeDays);
    }

    @Override
    public String effect() {
        String named = this.named == null ? "no day named" : "day named " + this.named;
        return "effective " + date + " (notice + " + noticeDays + " days = " + noticeEnd + "; " + named + ")";
    }
}
