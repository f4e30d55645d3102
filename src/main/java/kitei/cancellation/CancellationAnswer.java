package kitei.cancellation;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.decision.Answer;
import kitei.engine.TraceEntry;
import kitei.money.Proration;
import kitei.prices.MissingPrice;
import kitei.prices.PriceSource;
import kitei.tariff.TariffRef;

/** The answer of {@code POST /v1/cancellation}, version 1 of the API. */
public record CancellationAnswer(String decisionId, Subject subject, String type, LocalDate effectiveDate,
                                 LocalDate minimumPeriodEnd, Charge earlyTermination, List<MissingPrice> missingPrices,
                                 TariffRef tariff, List<TraceEntry> trace) implements Answer {

    @Override
    public String outcome() {
        return earlyTermination.applies() ? "CHARGED" : "NOT_CHARGED";
    }

    /**
     * The early-termination charge (A11, App2): {@code amount} is 0 when it does not apply, and null
     * when it applies but no monthly fee is known (see {@code missingPrices}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Charge(boolean applies, int remainderDays, int periodDays,
                         @JsonInclude(JsonInclude.Include.ALWAYS) Long amount, String clause, String because,
                         Long monthlyFee, PriceSource priceSource, Proration proration) {
    }
}
