package kitei.cancellation;

import kitei.calendar.DayRange;
import kitei.engine.Conclusion;
import kitei.money.Exact;
import kitei.money.Proration;
import kitei.money.Rounding;
import kitei.prices.Price;

/** The amount of the early-termination charge (App2): the exact prorated fee, rounded once. */
public record EarlyTerminationCharge(long amount, Exact exact, Price monthlyFee, Proration method, Rounding rounding)
        implements Conclusion {

    public static EarlyTerminationCharge of(EarlyTermination termination, Price monthlyFee, Proration method,
                                            int daysPerMonth, Rounding rounding) {
        DayRange remainder = termination.remainder();
        Exact exact = method.charge(monthlyFee.amount(), remainder, termination.period(), daysPerMonth);
        return new EarlyTerminationCharge(exact.rounded(rounding), exact, monthlyFee, method, rounding);
    }

    @Override
    public String effect() {
        return "early-termination charge " + amount + " yen (" + method + ": exactly " + exact + " yen from monthly fee "
                + monthlyFee.amount() + ", rounded " + rounding + ")";
    }
}
