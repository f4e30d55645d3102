package kitei.cancellation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kitei.prices.Priced;
import kitei.tariff.ContractType;

class EffectiveDateTest {

    private static final int NOTICE_DAYS = 30;

    private static Cancellation noticed(String arrival, String named) {
        return new Cancellation(Subject.CONTRACT, Priced.contract(ContractType.GROUP), LocalDate.parse("2026-03-01"),
                LocalDate.parse(arrival), named == null ? null : LocalDate.parse(named), Reason.CUSTOMER, null);
    }

    @Test
    void isTheNoticeDaysLastDayWhenNoDayIsNamed() {
        EffectiveDate effective = EffectiveDate.of(noticed("2026-02-20", null), NOTICE_DAYS);
        assertEquals(LocalDate.parse("2026-03-22"), effective.date());
        assertEquals("effective 2026-03-22 (notice + 30 days = 2026-03-22; no day named)", effective.effect());
    }

    @Test
    void isTheNamedDayWhenItIsLater() {
        assertEquals(LocalDate.parse("2026-06-30"), EffectiveDate.of(noticed("2026-04-01", "2026-06-30"), NOTICE_DAYS).date());
    }

    @Test
    void isTheNoticeDaysLastDayWhenTheNamedDayIsEarlier() {
        assertEquals(LocalDate.parse("2026-05-01"), EffectiveDate.of(noticed("2026-04-01", "2026-04-15"), NOTICE_DAYS).date());
    }
}
