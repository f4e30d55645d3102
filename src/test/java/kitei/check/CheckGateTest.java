package kitei.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kitei.TestRuleBase;
import kitei.engine.RuleSources;

/**
 * The gate on deliberately broken tables and rules: each problem is named by file, sheet and cell
 * (or DRL file and line), in plain words, and the candidate is refused.
 */
class CheckGateTest {

    static final String PREREQUISITES = "decision-tables/vpdn-prerequisites.xlsx";
    static final String CONFLICTS = "decision-tables/conflicts.xlsx";
    static final String PARAMETERS = "decision-tables/parameters.xlsx";
    static final String VOCABULARY = "decision-tables/vocabulary.xlsx";
    static final String OPTIONS_DRL = "rules/eligibility/a8-options.drl";

    private static final RuleSources REPO = RuleSources.fromDirectory(Path.of("."));
    private static final Gate GATE = new Gate(TestRuleBase.TODAY);

    static byte[] repo(String path) {
        return REPO.files().get(path);
    }

    private static Gate.Result check(String path, byte[] bytes) {
        return GATE.check(REPO.with(path, bytes), ScenarioBook.fromDirectory(Path.of(".")), null);
    }

    /** A rule author's change: the workbook's machinery changed together with its reviewed copy. */
    private static Gate.Result checkRulesChange(String path, byte[] bytes) throws IOException {
        RuleSources changed = REPO.with(path, bytes);
        return GATE.check(changed.with(Machinery.PATH, Machinery.describe(changed)), ScenarioBook.fromDirectory(Path.of(".")), null);
    }

    private static Issue refusedAt(Gate.Result result, String where) {
        assertFalse(result.accepted(), "the candidate was accepted");
        return result.errors().stream().filter(issue -> issue.where().toString().equals(where)).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + where + "; errors: "
                        + result.errors().stream().map(Issue::toString).collect(Collectors.joining("\n"))));
    }

    @Test
    void theRepositoryPassesWithEveryScenario() {
        Gate.Result result = GATE.check(REPO, ScenarioBook.fromDirectory(Path.of(".")), null);
        assertTrue(result.accepted(), () -> "refused: " + result.errors());
        assertFalse(result.scenarios().isEmpty(), "no scenarios ran");
        assertTrue(result.scenarios().stream().allMatch(ScenarioResult::passed));
    }

    @Test
    void aTypoInAMobileServiceIsNamedAtItsCell() {
        Issue issue = refusedAt(check(PREREQUISITES, Workbooks.setCell(repo(PREREQUISITES), "C15", "TYPE_KK")),
                PREREQUISITES + "!Prerequisites!C15");
        assertEquals("'TYPE_KK' is not a mobile service (did you mean TYPE_K?); the mobile services are TYPE_D, TYPE_K, TYPE_I",
                issue.message());
    }

    @Test
    void aTypoInAPlanIsNamedAtItsCell() {
        Issue issue = refusedAt(check(CONFLICTS, Workbooks.setCell(repo(CONFLICTS), "D15", "IIII")), CONFLICTS + "!Conflicts!D15");
        assertEquals("'IIII' is not a network type of IIJ Mobile Service TYPE_I that the vocabulary lists (did you mean III?);"
                + " it lists III. A new one is a row of decision-tables/vocabulary.xlsx, sheet MobileServices", issue.message());
    }

    @Test
    void aTypoInAConditionTemplateIsTracedFromTheGeneratedCodeToTheCell() throws IOException {
        Gate.Result result = checkRulesChange(PREREQUISITES, Workbooks.setCell(repo(PREREQUISITES), "B12", "itme == VpdnItem.$param"));
        assertFalse(result.accepted(), "the candidate was accepted");
        Issue issue = result.errors().stream().filter(i -> i.where().toString().matches(java.util.regex.Pattern.quote(PREREQUISITES)
                + "!Prerequisites!B1[456]")).findFirst().orElseThrow(() -> new AssertionError("no error at a row's cell: " + result.errors()));
        assertTrue(issue.message().matches(".*itme == VpdnItem\\.TYPE_[DKI].*"), issue.message());
        assertTrue(issue.message().contains("B12"), "names the template cell: " + issue.message());
    }

    @Test
    void aBrokenConditionSyntaxIsTracedToEachRowsCell() throws IOException {
        Gate.Result result = checkRulesChange(PREREQUISITES, Workbooks.setCell(repo(PREREQUISITES), "C12", "type == MobileServiceType.$param,"));
        refusedAt(result, PREREQUISITES + "!Prerequisites!C14");
        refusedAt(result, PREREQUISITES + "!Prerequisites!C16");
    }

    @Test
    void textWhereANumberOfDaysBelongsIsNamedAtItsCell() {
        Issue issue = refusedAt(check(PARAMETERS, Workbooks.setCell(repo(PARAMETERS), "C16", "thirty")), PARAMETERS + "!Parameters!C16");
        assertEquals("'thirty' is not a number; NOTICE_DAYS is a whole number from 1 to 365 days", issue.message());
    }

    @Test
    void aNegativeNoticePeriodIsRefused() {
        Issue issue = refusedAt(check(PARAMETERS, Workbooks.setCell(repo(PARAMETERS), "C16", "-30")), PARAMETERS + "!Parameters!C16");
        assertEquals("-30 days is outside what the rules can compute with: NOTICE_DAYS is from 1 to 365 days;"
                + " the notice counts days elapsed after the day it arrives (A9), so it needs one or more", issue.message());
    }

    @Test
    void zeroNoticeDaysForAnOptionAreRefusedAsTheEngineWouldRefuseThem() {
        Issue issue = refusedAt(check(PARAMETERS, Workbooks.setCell(repo(PARAMETERS), "C17", "0")), PARAMETERS + "!Parameters!C17");
        assertEquals("0 days is outside what the rules can compute with: OPTION_NOTICE_DAYS is from 1 to 365 days;"
                + " the notice counts days elapsed after the day it arrives (A8.4), so it needs one or more", issue.message());
    }

    @Test
    void aParameterUnderAnotherUnitIsRefused() {
        Issue issue = refusedAt(check(PARAMETERS, Workbooks.setCell(repo(PARAMETERS), "D16", "months")), PARAMETERS + "!Parameters!D16");
        assertEquals("the unit of NOTICE_DAYS is days, not 'months'; the rules read the value in days", issue.message());
    }

    @Test
    void aParameterTheRulesDoNotReadIsRefusedAndItsRowIsMissed() {
        Gate.Result result = check(PARAMETERS, Workbooks.setCell(repo(PARAMETERS), "B17", "OPTION_NOTICE_DAY"));
        assertEquals("'OPTION_NOTICE_DAY' is not a parameter the rules read (did you mean OPTION_NOTICE_DAYS?); the parameters are "
                + String.join(", ", kitei.parameters.Declarations.names()) + ". A new parameter is a rules change: the developers"
                + " declare it in kitei.parameters.Declarations and write the rule that reads it",
                refusedAt(result, PARAMETERS + "!Parameters!B17").message());
        assertEquals("no row gives OPTION_NOTICE_DAYS (A8.4), which the CANCELLATION decision reads; add a row with its value,"
                + " a whole number from 1 to 365 days", refusedAt(result, PARAMETERS + "!Parameters!B9").message());
    }

    @Test
    void anUnknownProrationMethodIsRefused() {
        Issue issue = refusedAt(check(PARAMETERS, Workbooks.setCell(repo(PARAMETERS), "C18", "PERIOD_DAY")), PARAMETERS + "!Parameters!C18");
        assertTrue(issue.message().startsWith("'PERIOD_DAY' is not a"), issue.message());
    }

    @Test
    void anOverlappingRowIsNamedWithTheRowItOverlaps() {
        byte[] overlapping = Workbooks.setCell(Workbooks.copyRow(repo(CONFLICTS), 14, 17), "I17", "another message for the same case");
        Issue issue = refusedAt(check(CONFLICTS, overlapping), CONFLICTS + "!Conflicts!B17");
        assertTrue(issue.message().startsWith("rows 14 and 17 overlap: both match Uses = PROXY; Cannot also use = GROUP"), issue.message());
    }

    @Test
    void aMissingPrerequisiteRowIsAGap() {
        Issue issue = refusedAt(check(PREREQUISITES, Workbooks.clearRow(repo(PREREQUISITES), 16)), PREREQUISITES + "!Prerequisites!B9");
        assertTrue(issue.message().startsWith("no row gives the prerequisite of VPDN item TYPE_I"), issue.message());
    }

    @Test
    void anUnknownClauseIdIsNamedAtItsCell() {
        Issue issue = refusedAt(check(CONFLICTS, Workbooks.setCell(repo(CONFLICTS), "F15", "A14.9")), CONFLICTS + "!Conflicts!F15");
        assertEquals("'A14.9' is not a clause id of the tariff (ARTICLES.md), such as A5.3, A5.6.2 or A14.4", issue.message());
    }

    @Test
    void aCodeUnderTheWrongClauseIsRefused() {
        Issue issue = refusedAt(check(CONFLICTS, Workbooks.setCell(repo(CONFLICTS), "F16", "A14.3")), CONFLICTS + "!Conflicts!G16");
        assertEquals("code TYPE_K_PRIVATE_GATEWAY belongs to clause A14.4, and this row cites A14.3", issue.message());
    }

    @Test
    void aTruncatedWorkbookIsNamed() {
        byte[] whole = repo(CONFLICTS);
        Issue issue = refusedAt(check(CONFLICTS, Arrays.copyOf(whole, whole.length / 2)), CONFLICTS);
        assertTrue(issue.message().startsWith("is not an Excel workbook (.xlsx) that can be opened"), issue.message());
    }

    @Test
    void aFileThatIsNoWorkbookIsNamed() {
        Issue issue = refusedAt(check(CONFLICTS, "uses,cannot also use\nPROXY,GROUP\n".getBytes(StandardCharsets.UTF_8)), CONFLICTS);
        assertTrue(issue.message().startsWith("is not an Excel workbook (.xlsx) that can be opened"), issue.message());
    }

    @Test
    void aTypoInADrlConditionIsNamedAtItsLine() {
        String drl = new String(repo(OPTIONS_DRL), StandardCharsets.UTF_8).replace("terminators < 2", "terminatorz < 2");
        Gate.Result result = check(OPTIONS_DRL, drl.getBytes(StandardCharsets.UTF_8));
        assertFalse(result.accepted());
        int line = lineOf(drl, "terminatorz < 2");
        Issue issue = refusedAt(result, OPTIONS_DRL + ":" + line);
        assertTrue(issue.message().contains("terminatorz"), issue.message());
    }

    @Test
    void aDrlRuleCitingAnUnknownClauseIsNamedAtItsLine() {
        String drl = new String(repo(OPTIONS_DRL), StandardCharsets.UTF_8).replaceFirst("@clause\\(\"A8.2\"\\)", "@clause(\"A8.9\")");
        Issue issue = refusedAt(check(OPTIONS_DRL, drl.getBytes(StandardCharsets.UTF_8)), OPTIONS_DRL + ":12");
        assertEquals("rule \"Load balancing on a contract other than VPDN is a violation\" cites 'A8.9', which is not a clause id of the tariff (ARTICLES.md)",
                issue.message());
    }

    @Test
    void aTableEditThatBreaksAScenarioIsRefusedAtTheScenarioRow() {
        byte[] edited = Workbooks.deleteRow(repo(VOCABULARY), 16); // FLAT_L
        Gate.Result result = check(VOCABULARY, edited);
        Issue issue = refusedAt(result, "scenarios/eligibility-and-money.xlsx!eligibility!row 7");
        assertEquals("scenario 'VPDN TYPE_K on plan FLAT_L qualifies' fails: verdict: expected ELIGIBLE, got INELIGIBLE; "
                + "codes: expected none, got [TYPE_K_PREREQUISITE]", issue.message());
        List<String> failed = result.scenarios().stream().filter(scenario -> !scenario.passed())
                .map(scenario -> scenario.scenario().where() + " " + scenario.scenario().name()).toList();
        assertEquals(List.of("scenarios/eligibility-and-money.xlsx!eligibility!row 7 VPDN TYPE_K on plan FLAT_L qualifies"), failed,
                "the edit breaks that scenario and no other");
        assertTrue(result.scenarios().size() > 1, "the other scenarios ran too: " + result.scenarios());
    }

    static int lineOf(String text, String snippet) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(snippet)) {
                return i + 1;
            }
        }
        throw new AssertionError(snippet + " not in text");
    }
}
