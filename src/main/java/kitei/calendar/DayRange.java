package kitei.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Consecutive calendar days, both ends included: a minimum period, or what remains of one. */
public record DayRange(LocalDate first, LocalDate last) {

    public DayRange {
        if (first == null || last == null) {
            throw new IllegalArgumentException("a day range needs a first and a last day");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a day range cannot end (" + last + ") before it starts (" + first + ")");
        }
    }

    public int days() {
        return Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    @Override
    public String toString() {
        return first + ".." + last;
    }
}
