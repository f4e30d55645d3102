package kitei.api.v1;

import java.time.LocalDate;
import java.util.List;

import kitei.decision.Answer;
import kitei.tariff.TariffRef;

/**
 * The answer of {@code POST /v1/outage-credit}. {@code claimInTime} is null without a claim date;
 * the dates are null when no reduction is due.
 */
public record OutageCreditAnswer(String decisionId, boolean eligible, Number unavailableHours, long creditedDays,
                                 long amount, LocalDate claimableFrom, LocalDate claimDeadline, Boolean claimInTime,
                                 String clause, String because, TariffRef tariff, List<TraceEntry> trace)
        implements Answer {

    @Override
    public String outcome() {
        return eligible ? "ELIGIBLE" : "NOT_ELIGIBLE";
    }
}
