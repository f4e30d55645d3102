package kitei.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DayRangeTest {

    private static final DayRange MARCH = new DayRange(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));

    @Test
    void countsBothEnds() {
        assertEquals(31, MARCH.days());
        assertEquals(1, new DayRange(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-03-31")).days());
    }

    @Test
    void containsItsEndsAndNothingOutside() {
        assertTrue(MARCH.contains(LocalDate.parse("2026-03-01")));
        assertTrue(MARCH.contains(LocalDate.parse("2026-03-31")));
        assertFalse(MARCH.contains(LocalDate.parse("2026-02-28")));
        assertFalse(MARCH.contains(LocalDate.parse("2026-04-01")));
    }

    @Test
    void refusesAnEndBeforeTheStartWithAnExactMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new DayRange(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-01")));
        assertEquals("a day range cannot end (2026-03-01) before it starts (2026-03-02)", refused.getMessage());
    }

    @Test
    void readsAsFirstDotDotLast() {
        assertEquals("2026-03-01..2026-03-31", MARCH.toString());
    }
}
