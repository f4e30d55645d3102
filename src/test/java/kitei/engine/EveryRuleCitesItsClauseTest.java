package kitei.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kitei.TestRuleBase;

class EveryRuleCitesItsClauseTest {

    @Test
    void everyRuleOfTheKieBaseHasClauseMetadata() {
        List<String> uncited = TestRuleBase.get().rules().stream()
                .filter(rule -> rule.clause() == null || rule.clause().isBlank())
                .map(rule -> rule.qualifiedName() + " at " + rule.source())
                .toList();
        assertEquals(List.of(), uncited);
    }

    @Test
    void everyRuleIsLocatedInADrlFileOrAWorkbookRow() {
        List<String> unlocated = TestRuleBase.get().rules().stream()
                .filter(rule -> rule.source().line() <= 0)
                .map(RuleInfo::qualifiedName)
                .toList();
        assertEquals(List.of(), unlocated);
    }

    @Test
    void tableRowsAreLocatedByWorkbookSheetAndRow() {
        RuleInfo row = TestRuleBase.get().rules().stream()
                .filter(rule -> rule.clause().equals("A5.4"))
                .findFirst().orElseThrow();
        assertTrue(row.source().toString().matches("decision-tables/vpdn-prerequisites\\.xlsx!Prerequisites!row \\d+"), row.source().toString());
    }
}
