package kitei.charges;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import kitei.engine.Outcome;
import kitei.engine.TraceEntry;
import kitei.prices.MissingPrice;
import kitei.prices.PriceKind;
import kitei.prices.PriceSource;
import kitei.decision.Answer;
import kitei.prices.Priced;
import kitei.tariff.TariffRef;

/** The answer of {@code POST /v1/charges}, version 1 of the API. */
public record ChargesAnswer(String decisionId, List<Line> lines, List<MissingPrice> missingPrices, TariffRef tariff,
                            List<TraceEntry> trace) implements Answer {

    /** A line of the schedule: what is charged, how much, from when (A10), and where the amount came from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(PriceKind kind, @JsonUnwrapped Priced what, long amount, LocalDate dueFrom, String clause,
                       PriceSource priceSource) {
    }

    /** The charge lines the rules drew, in request order. */
    public static List<Line> lines(Outcome outcome) {
        return outcome.all(ChargeLine.class).stream()
                .sorted(Comparator.comparingInt(c -> c.fact().position()))
                .map(c -> new Line(c.fact().kind(), c.fact().what(), c.fact().amount(), c.fact().dueFrom(), c.clause(),
                        c.fact().priceSource()))
                .toList();
    }
}
