package kitei.charges;

import java.time.LocalDate;

/** The dates a charge schedule is drawn from (A10): when IIJ accepted the application, and the billing start date. */
public record ChargeOrder(LocalDate acceptedDate, LocalDate billingStartDate) {
}
