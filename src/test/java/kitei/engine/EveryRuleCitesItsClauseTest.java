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
                .filter(rule -> rule.clause().equals("A5.4") && rule.source().file().endsWith("vpdn-prerequisites.xlsx"))
                .findFirst().orElseThrow();
        assertEquals("decision-tables/vpdn-prerequisites.xlsx!Prerequisites!row 15", row.source().toString());
        assertEquals("Prerequisites row 15: VPDN item TYPE_K, mobile service required TYPE_K", row.name());
    }

    @Test
    void aTableRowIsNamedFromItsOwnCells() {
        List<String> names = TestRuleBase.get().rules().stream().filter(rule -> rule.source().isTableRow()).map(RuleInfo::name).toList();
        assertTrue(names.contains("Conflicts row 14: uses PROXY, cannot also use GROUP"), names::toString);
        assertTrue(names.contains("Parameters row 16: NOTICE_DAYS"), names::toString);
        assertTrue(names.contains("Mobile services row 16: mobile service TYPE_K, item category, plan or network type FLAT_L"), names::toString);
    }
}
