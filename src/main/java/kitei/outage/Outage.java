package kitei.outage;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An outage asked about (A12): when IIJ learned of it, when service was restored (timestamps with
 * any offset), whether IIJ was at fault, the monthly fee, and the day of the claim if one was made.
 */
public record Outage(OffsetDateTime knownAt, OffsetDateTime restoredAt, boolean providerAtFault, long monthlyFee,
                     LocalDate claimDate) {

    public Outage {
        if (restoredAt.isBefore(knownAt)) {
            throw new IllegalArgumentException("an outage cannot be restored (" + restoredAt + ") before it was known (" + knownAt + ")");
        }
    }
}
