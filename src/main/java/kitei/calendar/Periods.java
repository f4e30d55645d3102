package kitei.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;

import kitei.tariff.JapanTime;

/**
 * Period arithmetic after the Civil Code, as the house reads the tariff (ARTICLES.md). Every number
 * (months, days) comes from the caller, that is from a parameter row; none is fixed here.
 */
public final class Periods {

    private Periods() {
    }

    /**
     * The last day of a period of {@code months} counted from and including {@code start} (A3, A8.3;
     * Civil Code art. 143): the day before the corresponding day, or the month's last day where the
     * month has no corresponding day.
     */
    public static LocalDate minimumPeriodEnd(LocalDate start, int months) {
        requirePositive(months, "months");
        YearMonth target = YearMonth.from(start).plusMonths(months);
        if (start.getDayOfMonth() > target.lengthOfMonth()) {
            return target.atEndOfMonth();
        }
        return target.atDay(start.getDayOfMonth()).minusDays(1);
    }

    /** The minimum period itself: from the start through {@link #minimumPeriodEnd}. */
    public static DayRange minimumPeriod(LocalDate start, int months) {
        return new DayRange(start, minimumPeriodEnd(start, months));
    }

    /**
     * The day on which {@code days} days have elapsed since a notice arrived (A9, A8.4; Civil Code
     * art. 140): the arrival day is not counted, and the day is the last of those days.
     */
    public static LocalDate noticeEffective(LocalDate arrival, int days) {
        requirePositive(days, "days");
        return arrival.plusDays(days);
    }

    /** The later of two days; a day not named ({@code null}) never wins. */
    public static LocalDate laterOf(LocalDate day, LocalDate named) {
        return named != null && named.isAfter(day) ? named : day;
    }

    /**
     * The day {@code months} later than {@code day}, not counting {@code day} itself (A12; Civil
     * Code art. 140, 143): the corresponding day, or that month's last day where there is none.
     */
    public static LocalDate monthsLater(LocalDate day, int months) {
        requirePositive(months, "months");
        return day.plusMonths(months);
    }

    /**
     * What remains of a period after a contract that runs through {@code effective} has ended (App2):
     * the days after it up to and including the period's last day; all of the period when it ends
     * before the period starts; nothing when it ends on or after the period's last day.
     */
    public static Optional<DayRange> remainderAfter(LocalDate effective, DayRange period) {
        if (!effective.isBefore(period.last())) {
            return Optional.empty();
        }
        LocalDate first = effective.isBefore(period.first()) ? period.first() : effective.plusDays(1);
        return Optional.of(new DayRange(first, period.last()));
    }

    /** The calendar day in Japan on which an instant given with any offset falls. */
    public static LocalDate japanDay(OffsetDateTime instant) {
        return instant.atZoneSameInstant(JapanTime.ZONE).toLocalDate();
    }

    private static void requirePositive(int value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException("a period needs one or more " + what + ", got " + value);
        }
    }
}
