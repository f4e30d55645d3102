package kitei.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kitei.TestRuleBase;
import kitei.engine.RuleSources;

/**
 * Tables carry data, not code: an edit to a workbook's machinery (templates, imports, kinds, fact
 * types, keyword cells) is a rules change and is refused at its cell, and no data cell can carry
 * text out of its place in the generated rule. Nothing of a refused workbook runs, not even its build.
 */
class TableMachineryTest {

    private static final RuleSources REPO = RuleSources.fromDirectory(Path.of("."));
    private static final Gate GATE = new Gate(TestRuleBase.TODAY);
    private static final String FIXED = " is read by the rule engine and is fixed by the rule authors";
    private static final String CODE = "; changing it is a rules change (rules/…, reviewed like code)";

    /** One edit an analyst (or whoever holds the admin token) might make: in which workbook and cell, to what, refused where and how. */
    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("a template that runs Java", "parameters.xlsx", "D12",
                        "insert(new Parameter(name, value, \"$param\")); System.exit(1);",
                        "Parameters!D12", "the code template" + FIXED + " to read 'insert(new Parameter(name, value, \"$param\"));'" + CODE),
                Arguments.of("an import added", "conflicts.xlsx", "C7", "kitei.eligibility.Usage, kitei.eligibility.Finding, java.nio.file.Files",
                        "Conflicts!C7", "a cell outside the tables' rows (the RuleSet and Import block, and the notes)" + FIXED
                                + " to read 'kitei.eligibility.Usage, kitei.eligibility.Finding'" + CODE),
                Arguments.of("a Functions block added", "conflicts.xlsx", "B8", "Functions",
                        "Conflicts!B8", "a cell outside the tables' rows (the RuleSet and Import block, and the notes)" + FIXED + " to be empty" + CODE),
                Arguments.of("the RuleTable renamed", "conflicts.xlsx", "B9", "RuleTable Other",
                        "Conflicts!B9", "the RuleTable name" + FIXED + " to read 'RuleTable Conflicts'" + CODE),
                Arguments.of("a condition made an action", "conflicts.xlsx", "B10", "ACTION",
                        "Conflicts!B10", "the column kind (CONDITION, ACTION, METADATA)" + FIXED + " to read 'CONDITION'" + CODE),
                Arguments.of("the fact type changed", "conflicts.xlsx", "B11", "$uses : Object",
                        "Conflicts!B11", "the fact type" + FIXED + " to read '$uses : Usage'" + CODE),
                Arguments.of("a label reworded", "conflicts.xlsx", "I13", "Message",
                        "Conflicts!I13", "the column label" + FIXED + " to read '説明 Message'" + CODE),
                Arguments.of("a message that closes its quotes", "conflicts.xlsx", "I14", "\"); System.exit(1); (\"",
                        "Conflicts!I14", "this cell holds a double quote (\"), which the rule engine would read as code, since it copies the cell"
                                + " into the rule; a cell may not hold a double quote (\"), a backslash (\\), '*/' or a line break (use ' or 「」 for quotes)"),
                Arguments.of("a remedy with a Java unicode escape", "conflicts.xlsx", "H14", "keep \\u0022 either",
                        "Conflicts!H14", "this cell holds a backslash (\\), which the rule engine would read as code"),
                Arguments.of("a remedy with a line break", "conflicts.xlsx", "H14", "keep either\nPROXY or GROUP",
                        "Conflicts!H14", "this cell holds a line break or another control character, which the rule engine would read as code"),
                Arguments.of("a meaning that closes its comment", "parameters.xlsx", "H14", "*/ import java.io.File; /*",
                        "Parameters!H14", "this cell holds '*/', which the rule engine would read as code"),
                Arguments.of("code where a name belongs", "parameters.xlsx", "G14", "CONTRACT || true",
                        "Parameters!G14", "'CONTRACT || true' is not a name or a number; the rule engine copies this column's cells into the rule's code"),
                Arguments.of("code in a list of names", "customer-obligations.xlsx", "B14", "CLIENT, VPDN) || (true",
                        "Obligations!B14", "'VPDN) || (true' is not a name or a number"));
    }

    @ParameterizedTest(name = "{0} is refused at {4}")
    @MethodSource("edits")
    void anEditThatIsNotDataIsRefusedAtItsCellAndNothingRuns(String what, String workbook, String cell, String value, String at, String message) {
        String path = RuleSources.TABLES_DIR + "/" + workbook;
        Gate.Result result = check(REPO.with(path, Workbooks.setCell(REPO.files().get(path), cell, value)));
        assertRefusedAt(result, path + "!" + at, message);
        assertTrue(result.scenarios().isEmpty(), "scenarios ran on a refused workbook");
    }

    @Test
    void aTemplateThatWritesAFileIsRefusedBeforeAnythingRuns() throws Exception {
        Path marker = Files.createTempDirectory("kitei-machinery-").resolve("written-by-a-template");
        String path = "decision-tables/parameters.xlsx";
        String template = "insert(new Parameter(name, value, \"$param\")); java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + marker + "\"), \"x\");";
        Gate.Result result = check(REPO.with(path, Workbooks.setCell(REPO.files().get(path), "D12", template)));
        assertRefusedAt(result, path + "!Parameters!D12", "the code template" + FIXED);
        assertFalse(Files.exists(marker), "the template ran");
    }

    @Test
    void aFormulaInADataCellIsRefused() {
        String path = "decision-tables/conflicts.xlsx";
        Gate.Result result = check(REPO.with(path, Workbooks.setFormula(REPO.files().get(path), "I14", "CHAR(34)&\"x\"")));
        assertRefusedAt(result, path + "!Conflicts!I14", "holds a formula; the rule engine computes it");
    }

    @Test
    void mergedDataCellsAreAMachineryChange() {
        String path = "decision-tables/conflicts.xlsx";
        Gate.Result result = check(REPO.with(path, Workbooks.merge(REPO.files().get(path), "I14:I20")));
        assertRefusedAt(result, path + "!Conflicts", "the merging of cells on this sheet" + FIXED + " to read 'B1:I1, B2:I2, B3:I3, B4:I4, B5:I5, C11:D11'" + CODE);
    }

    @Test
    void aWorkbookTheManifestDoesNotListIsARulesChange() {
        Gate.Result result = check(REPO.with("decision-tables/more-conflicts.xlsx", REPO.files().get("decision-tables/conflicts.xlsx")));
        assertRefusedAt(result, "decision-tables/more-conflicts.xlsx", "is not a table of this release: rules/decision-tables.machinery.json"
                + " holds no reviewed copy of its header block");
    }

    @Test
    void aRuleAuthorsChangeWithItsReviewedManifestPasses() throws Exception {
        String path = "decision-tables/conflicts.xlsx";
        RuleSources changed = REPO.with(path, Workbooks.setCell(REPO.files().get(path), "I13", "説明\nMessage shown to the customer"));
        Gate.Result result = check(changed.with(Machinery.PATH, Machinery.describe(changed)));
        assertTrue(result.accepted(), () -> "refused: " + result.errors());
    }

    @Test
    void theShippedManifestIsTheShippedWorkbooks() throws Exception {
        assertTrue(java.util.Arrays.equals(Machinery.describe(REPO), REPO.files().get(Machinery.PATH)),
                "rules/decision-tables.machinery.json is stale; regenerate it with java -cp target/kitei.jar kitei.check.Machinery");
    }

    private static Gate.Result check(RuleSources sources) {
        return GATE.check(sources, ScenarioBook.fromDirectory(Path.of(".")), null);
    }

    static void assertRefusedAt(Gate.Result result, String where, String messageStart) {
        assertFalse(result.accepted(), "the candidate was accepted");
        assertNull(result.candidate());
        Issue issue = result.errors().stream().filter(i -> i.where().toString().equals(where)).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + where + "; errors: "
                        + result.errors().stream().map(Issue::toString).collect(Collectors.joining("\n"))));
        assertTrue(issue.message().startsWith(messageStart), () -> "at " + where + ": " + issue.message());
    }
}
