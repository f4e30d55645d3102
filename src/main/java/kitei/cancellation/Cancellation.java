package kitei.cancellation;

import java.time.LocalDate;

import kitei.prices.Priced;

/**
 * The cancellation asked about: of a contract or an option ({@code what}), its own billing start
 * date, the day the notice reached IIJ, the day the customer named if any, the reason, and the
 * monthly fee the request quotes if any.
 */
public record Cancellation(Subject subject, Priced what, LocalDate billingStartDate, LocalDate noticeReceivedDate,
                           LocalDate requestedEffectiveDate, Reason reason, Long monthlyFee) {

    public String name() {
        return subject == Subject.OPTION ? "option " + what.key() : what.key() + " contract";
    }
}
