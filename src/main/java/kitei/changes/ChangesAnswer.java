package kitei.changes;

import java.util.List;

import kitei.charges.ChargesAnswer;
import kitei.decision.Answer;
import kitei.engine.TraceEntry;
import kitei.prices.MissingPrice;
import kitei.tariff.TariffRef;

/** The answer of {@code POST /v1/changes}, version 1 of the API. */
public record ChangesAnswer(String decisionId, String verdict, List<Violation> violations, List<ChargesAnswer.Line> charges,
                            List<MissingPrice> missingPrices, TariffRef tariff, List<TraceEntry> trace) implements Answer {

    @Override
    public String outcome() {
        return verdict;
    }

    public record Violation(String code, String clause, String subject, String message, List<String> remedies) {
    }
}
