package kitei.eligibility;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Asking;
import kitei.decision.Decided;
import kitei.decision.Decider;
import kitei.engine.Concluded;
import kitei.engine.Outcome;
import kitei.engine.RuleBase;
import kitei.tariff.DecisionKind;

/** {@code POST /v1/eligibility}: may this customer have this order? */
public final class EligibilityDecider implements Decider {

    @Override
    public DecisionKind kind() {
        return DecisionKind.ELIGIBILITY;
    }

    @Override
    public EligibilityAnswer decide(JsonNode body, RuleBase ruleBase, Asking asking) {
        EligibilityRequest request = EligibilityRequest.read(body);
        Decided decided = asking.ask(ruleBase, kind(), request.asOf(), request.facts());
        Outcome outcome = decided.outcome();
        String verdict = outcome.required(Verdict.class).fact().value();
        return new EligibilityAnswer(decided.decisionId(), verdict,
                entries(outcome, FindingKind.VIOLATION), entries(outcome, FindingKind.CONFLICT),
                entries(outcome, FindingKind.PENDING_ACTION), entries(outcome, FindingKind.WARNING),
                contracts(outcome), decided.tariff(), outcome.trace());
    }

    /** Each code once per subject it concerns, in document order of the subjects. */
    private static List<EligibilityAnswer.Entry> entries(Outcome outcome, FindingKind kind) {
        Map<String, EligibilityAnswer.Entry> unique = new LinkedHashMap<>();
        for (Concluded<Finding> concluded : outcome.all(Finding.class)) {
            Finding finding = concluded.fact();
            if (finding.kind() == kind) {
                unique.putIfAbsent(finding.code() + " " + finding.subjects(), entry(finding, concluded.clause()));
            }
        }
        return unique.values().stream().sorted(ENTRY_ORDER).toList();
    }

    private static final Comparator<EligibilityAnswer.Entry> ENTRY_ORDER = Comparator
            .comparing((EligibilityAnswer.Entry e) -> firstSubject(e), Pointers.DOCUMENT_ORDER)
            .thenComparing(EligibilityAnswer.Entry::clause, Pointers.DOCUMENT_ORDER)
            .thenComparing(EligibilityAnswer.Entry::code);

    private static String firstSubject(EligibilityAnswer.Entry entry) {
        if (entry.subject() != null) {
            return entry.subject();
        }
        return entry.subjects() == null || entry.subjects().isEmpty() ? "" : entry.subjects().get(0);
    }

    private static EligibilityAnswer.Entry entry(Finding finding, String clause) {
        return switch (finding.kind()) {
            case CONFLICT -> new EligibilityAnswer.Entry(finding.code(), clause, null, finding.subjects(),
                    finding.message(), finding.remedies());
            case PENDING_ACTION -> new EligibilityAnswer.Entry(finding.code(), clause,
                    finding.subjects().isEmpty() ? null : finding.subjects().get(0), null, finding.message(), null);
            default -> new EligibilityAnswer.Entry(finding.code(), clause, finding.subjects().get(0), null,
                    finding.message(), finding.remedies());
        };
    }

    private static List<EligibilityAnswer.ContractLine> contracts(Outcome outcome) {
        return outcome.facts(PortfolioContract.class).stream()
                .sorted(Comparator.comparingInt(PortfolioContract::position))
                .map(c -> new EligibilityAnswer.ContractLine(c.type(), c.applications(), c.items(), c.options()))
                .toList();
    }
}
