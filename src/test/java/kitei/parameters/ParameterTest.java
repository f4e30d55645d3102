package kitei.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import kitei.money.Proration;

class ParameterTest {

    @Test
    void readsWholeNumbersAsAnAnalystTypesThem() {
        assertEquals(30, new Parameter("NOTICE_DAYS", "30", "days").intValue());
        assertEquals(45, new Parameter("NOTICE_DAYS", "45.0", "days").intValue());
        assertEquals(45, new Parameter("NOTICE_DAYS", " 45 ", "days").intValue());
    }

    @Test
    void refusesAFractionWithAnExactMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Parameter("NOTICE_DAYS", "30.5", "days").intValue());
        assertEquals("parameter NOTICE_DAYS: 30.5 is not a whole number; NOTICE_DAYS is a whole number from 1 to 365 days", refused.getMessage());
    }

    @Test
    void refusesZeroWithAnExactMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Parameter("CLAIM_WINDOW_MONTHS", "0", "months").intValue());
        assertEquals("parameter CLAIM_WINDOW_MONTHS: 0 months is outside what the rules can compute with: "
                + "CLAIM_WINDOW_MONTHS is from 1 to 120 months; a claim window needs at least one month", refused.getMessage());
    }

    @Test
    void readsAChoiceByItsName() {
        assertEquals(Proration.CALENDAR_DAYS, new Parameter("PRORATION_METHOD", "CALENDAR_DAYS", "method").choice(Proration.class));
    }

    @Test
    void refusesAnUnknownChoiceNamingTheChoices() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new Parameter("PRORATION_METHOD", "DAILY", "method").choice(Proration.class));
        assertEquals("parameter PRORATION_METHOD is DAILY; expected one of [PERIOD_DAYS, CALENDAR_DAYS, THIRTY]", refused.getMessage());
    }

    @Test
    void refusesAMissingValueWithAnExactMessage() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new Parameter("NOTICE_DAYS", " ", "days"));
        assertEquals("parameter NOTICE_DAYS has no value", refused.getMessage());
    }

    @Test
    void echoesItsValueAndUnitInTheTrace() {
        assertEquals("parameter NOTICE_DAYS = 30 days", new Parameter("NOTICE_DAYS", "30", "days").effect());
        assertEquals("parameter MINIMUM_PERIOD_MONTHS = 1 month", new Parameter("MINIMUM_PERIOD_MONTHS", "1", "months").effect());
        assertEquals("parameter PRORATION_METHOD = PERIOD_DAYS", new Parameter("PRORATION_METHOD", "PERIOD_DAYS", "").effect());
        assertEquals("parameter NOTICE_DAYS = 45 days", new Parameter("NOTICE_DAYS", "45.0", "days").effect());
    }
}
