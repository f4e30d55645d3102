package kitei.money;

import java.time.LocalDate;
import java.time.YearMonth;

import kitei.calendar.DayRange;
import kitei.input.Described;

/**
 * How the monthly fee is spread over the remainder of a minimum period (App2). The shipped method
 * is {@link #PERIOD_DAYS}; the others are the alternatives an analyst may choose.
 */
@Described("proration method")
public enum Proration {
    /** Monthly fee × remainder days ÷ days of the minimum period: a whole period costs one monthly fee. */
    PERIOD_DAYS {
        @Override
        public Exact charge(long monthlyFee, DayRange remainder, DayRange period, int daysPerMonth) {
            return Exact.of(monthlyFee).times(remainder.days()).dividedBy(period.days());
        }
    },
    /** Each remainder day costs monthly fee ÷ the days of its own calendar month (暦日数). */
    CALENDAR_DAYS {
        @Override
        public Exact charge(long monthlyFee, DayRange remainder, DayRange period, int daysPerMonth) {
            Exact total = Exact.ZERO;
            for (LocalDate day = remainder.first(); !day.isAfter(remainder.last()); day = day.plusDays(1)) {
                total = total.plus(Exact.of(monthlyFee).dividedBy(YearMonth.from(day).lengthOfMonth()));
            }
            return total;
        }
    },
    /** Each remainder day costs monthly fee ÷ a fixed month of {@code daysPerMonth} days. */
    THIRTY {
        @Override
        public Exact charge(long monthlyFee, DayRange remainder, DayRange period, int daysPerMonth) {
            return Exact.of(monthlyFee).times(remainder.days()).dividedBy(daysPerMonth);
        }
    };

    /** The exact charge for {@code remainder}, a part of {@code period}; rounding is the caller's, once. */
    public abstract Exact charge(long monthlyFee, DayRange remainder, DayRange period, int daysPerMonth);
}
