package kitei.api.v1;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.cancellation.Subject;
import kitei.decision.Answer;
import kitei.prices.PriceSource;
import kitei.tariff.TariffRef;

/** The answer of {@code POST /v1/cancellation}. */
public record CancellationAnswer(String decisionId, Subject subject, String type, LocalDate effectiveDate,
                                 LocalDate minimumPeriodEnd, Charge earlyTermination, List<MissingPrice> missingPrices,
                                 TariffRef tariff, List<TraceEntry> trace) implements Answer {

    @Override
    public String outcome() {
        return earlyTermination.applies() ? "CHARGED" : "NOT_CHARGED";
    }

    /**
     * The early-termination charge (A11, App2; schema {@code EarlyTerminationCharge}): {@code amount}
     * is 0 when it does not apply, and null when it applies but no monthly fee is known (see
     * {@code missingPrices}); {@code proration} names the method of the parameter table.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Charge(boolean applies, int remainderDays, int periodDays,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Long amount, String clause, String because,
                         Long monthlyFee, PriceSource priceSource, String proration) {
    }
}
