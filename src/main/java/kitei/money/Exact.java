package kitei.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An exact amount of yen as a fraction, so that a computation such as fee × days ÷ period loses
 * nothing until it is rounded, once, at the end. Never floating point.
 */
public record Exact(BigInteger numerator, BigInteger denominator) implements Comparable<Exact> {

    public Exact {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("an exact amount cannot have the denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static final Exact ZERO = of(0);

    public static Exact of(long yen) {
        return new Exact(BigInteger.valueOf(yen), BigInteger.ONE);
    }

    public Exact times(long factor) {
        return new Exact(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Exact dividedBy(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("cannot divide an amount by 0");
        }
        return new Exact(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public Exact plus(Exact other) {
        return new Exact(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    /** Whole yen, rounded as the parameter says; the only place an amount loses precision. */
    public long rounded(Rounding rounding) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, rounding.mode()).longValueExact();
    }

    @Override
    public int compareTo(Exact other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
