package kitei.outage;

import java.time.LocalDate;
import java.util.List;

import kitei.decision.Answer;
import kitei.engine.TraceEntry;
import kitei.tariff.TariffRef;

/**
 * The answer of {@code POST /v1/outage-credit}, version 1 of the API. {@code claimInTime} is null
 * without a claim date; the dates are null when no reduction is due.
 */
public record OutageAnswer(String decisionId, boolean eligible, Number unavailableHours, long creditedDays, long amount,
                           LocalDate claimableFrom, LocalDate claimDeadline, Boolean claimInTime, String clause,
                           String because, TariffRef tariff, List<TraceEntry> trace) implements Answer {

    @Override
    public String outcome() {
        return eligible ? "ELIGIBLE" : "NOT_ELIGIBLE";
    }
}
