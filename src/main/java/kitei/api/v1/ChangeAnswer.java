package kitei.api.v1;

import java.util.List;

import kitei.decision.Answer;
import kitei.tariff.TariffRef;

/** The answer of {@code POST /v1/changes}. */
public record ChangeAnswer(String decisionId, String verdict, List<Violation> violations, List<ChargeLine> charges,
                           List<MissingPrice> missingPrices, TariffRef tariff, List<TraceEntry> trace) implements Answer {

    @Override
    public String outcome() {
        return verdict;
    }

    /** Why a change is refused (schema {@code ChangeViolation}). */
    public record Violation(String code, String clause, String subject, String message, List<String> remedies) {
    }
}
