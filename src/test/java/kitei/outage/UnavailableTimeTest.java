package kitei.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class UnavailableTimeTest {

    private static UnavailableTime between(String from, String to) {
        return UnavailableTime.between(OffsetDateTime.parse(from), OffsetDateTime.parse(to));
    }

    @Test
    void measuresHoursBetweenInstantsWhateverTheirOffsets() {
        assertEquals(new BigDecimal("51.5"), between("2026-05-01T10:00:00+09:00", "2026-05-03T13:30:00+09:00").hours());
        assertEquals(new BigDecimal("24"), between("2026-05-01T01:00:00Z", "2026-05-02T10:00:00+09:00").hours());
    }

    @Test
    void showsWholeHoursWithoutAnExponent() {
        assertEquals("50", between("2026-05-01T00:00:00+09:00", "2026-05-03T02:00:00+09:00").hours().toPlainString());
        assertEquals("50", between("2026-05-01T00:00:00+09:00", "2026-05-03T02:00:00+09:00").hours().toString());
    }

    @Test
    void showsWholeHoursAsAnIntegerAndOthersAsADecimal() {
        assertEquals(50L, between("2026-05-01T00:00:00+09:00", "2026-05-03T02:00:00+09:00").shownHours());
        assertEquals(new BigDecimal("51.5"), between("2026-05-01T10:00:00+09:00", "2026-05-03T13:30:00+09:00").shownHours());
    }

    @Test
    void cutsEndlessFractionsOfASecondAfterSixDecimals() {
        assertEquals(new BigDecimal("0.000277"), between("2026-05-01T00:00:00Z", "2026-05-01T00:00:01Z").hours());
    }

    @Test
    void wholeHoursDropTheFraction() {
        assertEquals(23, between("2026-05-01T10:00:00+09:00", "2026-05-02T09:59:59+09:00").wholeHours());
        assertEquals(24, between("2026-05-01T10:00:00+09:00", "2026-05-02T10:00:00+09:00").wholeHours());
    }
}
