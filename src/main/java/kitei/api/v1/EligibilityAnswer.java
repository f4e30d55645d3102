package kitei.api.v1;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.decision.Answer;
import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.TariffRef;
import kitei.tariff.VpdnItem;

/** The answer of {@code POST /v1/eligibility}. */
public record EligibilityAnswer(String decisionId, String verdict, List<Entry> violations, List<Entry> conflicts,
                                List<Entry> pendingActions, List<Entry> warnings, List<ContractLine> contracts,
                                TariffRef tariff, List<TraceEntry> trace) implements Answer {

    @Override
    public String outcome() {
        return verdict;
    }

    /** A violation, conflict, pending action or warning: conflicts name {@code subjects}, the others one {@code subject}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Entry(String code, String clause, String subject, List<String> subjects, String message,
                        List<String> remedies) {
    }

    /** One A4 contract of the portfolio after the order (schema {@code PortfolioContract}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContractLine(ContractType type, Integer applications, List<VpdnItem> items, List<OptionService> options) {
    }
}
