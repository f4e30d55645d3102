package kitei.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExactTest {

    @Test
    void keepsFractionsExactUntilRounded() {
        Exact charge = Exact.of(10000).times(9).dividedBy(31);
        assertEquals("90000/31", charge.toString());
        assertEquals(2903, charge.rounded(Rounding.DOWN));
    }

    @Test
    void roundsOnceAtTheEndNotPerDay() {
        Exact perDay = Exact.of(1099).dividedBy(30);
        assertEquals(72, perDay.rounded(Rounding.DOWN) * 2, "rounding each day first loses a yen");
        assertEquals(73, perDay.plus(perDay).rounded(Rounding.DOWN));
        assertEquals(73, Exact.of(1099).times(2).dividedBy(30).rounded(Rounding.DOWN));
    }

    @Test
    void reducesToLowestTerms() {
        assertEquals(Exact.of(2000), Exact.of(30000).times(2).dividedBy(30));
        assertEquals("2000", Exact.of(30000).times(2).dividedBy(30).toString());
    }

    @Test
    void addsFractionsWithDifferentDenominators() {
        Exact sum = Exact.of(1).dividedBy(31).plus(Exact.of(1).dividedBy(28));
        assertEquals("59/868", sum.toString());
    }

    @Test
    void comparesByValue() {
        assertTrue(Exact.of(10000).times(31).dividedBy(31).compareTo(Exact.of(10000)) == 0);
        assertTrue(Exact.of(10000).times(30).dividedBy(31).compareTo(Exact.of(10000)) < 0);
    }

    @Test
    void refusesDivisionByZeroWithAnExactMessage() {
        ArithmeticException refused = assertThrows(ArithmeticException.class, () -> Exact.of(1).dividedBy(0));
        assertEquals("cannot divide an amount by 0", refused.getMessage());
    }

    @Test
    void handlesAmountsBeyondLong() {
        Exact huge = Exact.of(Long.MAX_VALUE).times(31).dividedBy(31);
        assertEquals(Long.MAX_VALUE, huge.rounded(Rounding.DOWN));
    }
}
