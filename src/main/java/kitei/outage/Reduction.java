package kitei.outage;

import kitei.engine.Conclusion;
import kitei.money.Exact;
import kitei.money.Rounding;

/** The amount of the reduction (App3): credited days × monthly fee ÷ divisor, exact, rounded once at the end. */
public record Reduction(long creditedDays, long amount, Exact exact, long monthlyFee, int divisor, Rounding rounding)
        implements Conclusion {

    public static Reduction of(UnavailableTime time, int dayHours, long monthlyFee, int divisor, Rounding rounding) {
        long days = time.wholeHours() / dayHours;
        Exact exact = Exact.of(monthlyFee).times(days).dividedBy(divisor);
        return new Reduction(days, exact.rounded(rounding), exact, monthlyFee, divisor, rounding);
    }

    @Override
    public String effect() {
        return "reduction " + amount + " yen: " + creditedDays + " credited day(s) × " + monthlyFee + " ÷ " + divisor
                + " = exactly " + exact + ", rounded " + rounding;
    }
}
