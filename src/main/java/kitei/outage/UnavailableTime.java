package kitei.outage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;

import kitei.engine.Conclusion;

/**
 * 利用不能時間 (A12): the time from when IIJ learned of the outage until it was restored.
 * {@code wholeHours} is its hours with fractions dropped, which is all that thresholds and credited
 * days ever compare: for a whole number n, hours ≥ n exactly when whole hours ≥ n, and
 * floor(hours ÷ n) = floor(whole hours ÷ n).
 */
public record UnavailableTime(OffsetDateTime from, OffsetDateTime to, Duration duration) implements Conclusion {

    private static final int SHOWN_DECIMALS = 6;

    public static UnavailableTime between(OffsetDateTime from, OffsetDateTime to) {
        return new UnavailableTime(from, to, Duration.between(from, to));
    }

    public long wholeHours() {
        return duration.toHours();
    }

    /** The hours as a decimal for the answer (51.5), cut after a few decimals where a second makes them endless. */
    public BigDecimal hours() {
        BigDecimal seconds = BigDecimal.valueOf(duration.getSeconds()).add(BigDecimal.valueOf(duration.getNano(), 9));
        BigDecimal hours = seconds.divide(BigDecimal.valueOf(Duration.ofHours(1).getSeconds()), SHOWN_DECIMALS, RoundingMode.DOWN)
                .stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0) : hours;
    }

    /**
     * The hours as the answer shows them: a whole number as a JSON integer (50, not 50.0 or 5E+1,
     * which a Jackson tree would make of a BigDecimal), else the decimal (51.5).
     */
    public Number shownHours() {
        BigDecimal hours = hours();
        return hours.scale() <= 0 ? (Number) hours.longValueExact() : hours;
    }

    @Override
    public String effect() {
        return "unavailable " + hours().toPlainString() + " hours, from " + from + " to " + to;
    }
}
