package kitei.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kitei.decision.Decided;
import kitei.eligibility.Finding;
import kitei.eligibility.Verdict;
import kitei.engine.Concluded;
import kitei.engine.Outcome;
import kitei.engine.RuleInfo;
import kitei.engine.TraceEntry;
import kitei.tariff.TariffRef;

class AnswersTest {

    private static final RuleInfo RULE = new RuleInfo("kitei.rules.eligibility", "A rule", "A5.2", null);
    private static final TariffRef TARIFF = new TariffRef("iij-auth-outsource", "2019-12-01", "test");

    @Test
    void aFindingTheRulesDrewTwiceIsAnsweredTwiceNotHidden() {
        Finding twice = Finding.violation("DUPLICATE_TERMINAL", "/order/contracts/0/terminals/1", "same address", "remove it");
        Outcome outcome = new Outcome(List.of(
                new Concluded<>(twice, RULE), new Concluded<>(twice, RULE), new Concluded<>(new Verdict(Verdict.INELIGIBLE), RULE)),
                List.of());

        EligibilityAnswer answer = Answers.eligibility(null, new Decided("d", TARIFF, outcome));

        assertEquals(2, answer.violations().size());
        assertEquals(List.of("DUPLICATE_TERMINAL", "DUPLICATE_TERMINAL"),
                answer.violations().stream().map(EligibilityAnswer.Entry::code).toList());
    }

    @Test
    void theTraceIsCopiedEntryByEntryInFiringOrder() {
        Outcome outcome = new Outcome(List.of(new Concluded<>(new Verdict(Verdict.ELIGIBLE), RULE)), List.of(
                new TraceEntry("first", "A5", "rules/eligibility/verdict.drl:9", "verdict ELIGIBLE"),
                new TraceEntry("second", "SP", "rules/tariff/sp.drl:1", "")));

        EligibilityAnswer answer = Answers.eligibility(null, new Decided("d", TARIFF, outcome));

        assertEquals(List.of(new kitei.api.v1.TraceEntry("first", "A5", "rules/eligibility/verdict.drl:9", "verdict ELIGIBLE"),
                new kitei.api.v1.TraceEntry("second", "SP", "rules/tariff/sp.drl:1", "")), answer.trace());
    }
}
