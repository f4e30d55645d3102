package kitei.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoundingTest {

    private static final Exact TWO_THIRDS_ABOVE_667 = Exact.of(10010).times(2).dividedBy(30);

    @Test
    void downDropsTheFraction() {
        assertEquals(667, TWO_THIRDS_ABOVE_667.rounded(Rounding.DOWN));
    }

    @Test
    void upTakesTheNextYen() {
        assertEquals(668, TWO_THIRDS_ABOVE_667.rounded(Rounding.UP));
    }

    @Test
    void halfUpRoundsToTheNearestYenAndHalvesUp() {
        assertEquals(667, TWO_THIRDS_ABOVE_667.rounded(Rounding.HALF_UP));
        assertEquals(2, Exact.of(3).dividedBy(2).rounded(Rounding.HALF_UP));
    }

    @Test
    void wholeAmountsStayWhole() {
        for (Rounding rounding : Rounding.values()) {
            assertEquals(2000, Exact.of(2000).rounded(rounding));
        }
    }
}
