package kitei.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kitei.TestRuleBase;
import kitei.engine.RuleSources;

/** Nothing an analyst types into a table is dropped silently: each non-empty row is read, or refused at its cell. */
class CheckEveryRowTest {

    private static final String CONFLICTS = "decision-tables/conflicts.xlsx";
    private static final RuleSources REPO = RuleSources.fromDirectory(Path.of("."));

    @Test
    void aRowTypedBelowAnEmptyRowIsRefusedAtItsCell() {
        byte[] edited = Workbooks.setCell(Workbooks.setCell(Workbooks.copyRow(REPO.files().get(CONFLICTS), 14, 19),
                "B19", "CLIENT"), "I19", "a conflict typed two rows below the table");
        Gate.Result result = new Gate(TestRuleBase.TODAY).check(REPO.with(CONFLICTS, edited), ScenarioBook.Read.none(), null);
        assertFalse(result.accepted(), "the candidate was accepted");
        assertEquals(CONFLICTS + "!Conflicts!B19: row 19 is below the empty rows 17 to 18, and the rule engine stops reading"
                        + " a table at its first empty row, so this row would be ignored; delete the empty rows so that it is read,"
                        + " or clear it",
                result.errors().stream().map(Issue::toString).collect(Collectors.joining("\n")));
    }
}
