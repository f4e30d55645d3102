package kitei.money;

import java.math.BigInteger;

/**
 * An exact non-negative amount as a fraction, rounded to whole yen the way a rounding parameter
 * names it, written out here so that property tests do not check the code with itself.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) {

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public Ratio times(long factor) {
        return new Ratio(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public long rounded(String rounding) {
        BigInteger[] whole = numerator.divideAndRemainder(denominator);
        boolean exact = whole[1].signum() == 0;
        long floor = whole[0].longValueExact();
        return switch (rounding) {
            case "DOWN" -> floor;
            case "UP" -> exact ? floor : floor + 1;
            case "HALF_UP" -> whole[1].shiftLeft(1).compareTo(denominator) >= 0 ? floor + 1 : floor;
            default -> throw new AssertionError("no rounding " + rounding + " known to the test");
        };
    }
}
