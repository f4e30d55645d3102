package kitei.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.StagedRevision;
import kitei.TestRuleBase;
import kitei.decision.Json;
import kitei.engine.RuleSources;

/**
 * The gate on versions of the tables: a staged revision is checked as a version of its own (its
 * workbooks, the ones it inherits, the scenarios that hold for it), and a dated folder that is no day,
 * or that holds a workbook the base does not, is refused at its path in plain words.
 */
class CheckVersionsTest {

    private static final Gate GATE = new Gate(TestRuleBase.TODAY);
    private static final RuleSources REPO = RuleSources.fromDirectory(Path.of("."));
    private static final byte[] PARAMETERS = REPO.files().get(StagedRevision.PARAMETERS);

    private static Gate.Result check(RuleSources sources) {
        return GATE.check(sources, ScenarioBook.fromDirectory(Path.of(".")), null);
    }

    private static Issue refusedAt(Gate.Result result, String where) {
        assertFalse(result.accepted(), "the candidate was accepted");
        return result.errors().stream().filter(issue -> issue.where().toString().equals(where)).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + where + "; errors: "
                        + result.errors().stream().map(Issue::toString).collect(Collectors.joining("\n"))));
    }

    @Test
    void aRevisionThatChangesNothingTheScenariosCheckPassesInEveryVersion() {
        RuleSources staged = REPO.with("decision-tables/from-2027-04-01/parameters.xlsx",
                StagedRevision.withParameter(PARAMETERS, "CLAIM_WINDOW_MONTHS", 4));
        Gate.Result result = check(staged);
        assertTrue(result.accepted(), () -> "refused: " + result.errors());
        assertEquals(1, result.candidate().revisions().size());
        assertTrue(result.scenarios().stream().allMatch(ScenarioResult::passed));
    }

    @Test
    void theGateGivesEachVersionItsOwnCoverageNamingItsOwnRows() {
        Gate.Result result = check(StagedRevision.sources());
        assertTrue(result.accepted(), () -> "refused: " + result.errors());
        assertEquals(List.of("2019-12-01 decision-tables/", "2027-04-01 decision-tables/from-2027-04-01/"),
                result.coverage().stream().map(version -> version.version() + " " + version.tables()).toList());
        assertEquals(List.of(false, true), result.coverage().stream().map(version -> rowsOfA9(version.coverage())
                .anyMatch(rule -> rule.startsWith(StagedRevision.REVISED + "!"))).toList(), "the revision's A9 row is its own");
        assertTrue(rowsOfA9(result.coverage().get(1).coverage()).noneMatch(rule -> rule.startsWith(StagedRevision.PARAMETERS + "!")),
                () -> "the revision still names the base's parameter rows: " + rowsOfA9(result.coverage().get(1).coverage()).toList());
    }

    private static java.util.stream.Stream<String> rowsOfA9(kitei.coverage.Coverage coverage) {
        return coverage.clauses().stream().filter(line -> line.id().equals("A9")).flatMap(line -> line.rules().stream());
    }

    @Test
    void aScenarioWithoutAsOfHoldsForEveryVersionAndFailsInTheRevisionItNoLongerDescribes() throws Exception {
        Scenario thirtyDays = cancellation("B2", null, "2026-12-25");
        Gate.Result result = GATE.check(StagedRevision.sources(), new ScenarioBook.Read(List.of(thirtyDays), List.of()), null);
        Issue failed = refusedAt(result, "scenarios/versions.xlsx!Scenarios!B2");
        assertEquals("scenario 'notice 2026-11-25' fails: in version 2027-04-01: /effectiveDate: expected \"2026-12-25\", got \"2027-01-24\"",
                failed.message());
    }

    @Test
    void aScenarioWithAsOfRunsAgainstTheVersionItsDaySelects() throws Exception {
        Scenario before = cancellation("B2", "2027-03-31", "2027-04-30");
        Scenario onTheDay = cancellation("B3", "2027-04-01", "2027-05-30");
        Gate.Result result = GATE.check(StagedRevision.sources(), new ScenarioBook.Read(List.of(before, onTheDay), List.of()), null);
        assertTrue(result.accepted(), () -> "refused: " + result.errors());
        Scenario stale = cancellation("B4", "2027-04-01", "2027-04-30");
        Issue failed = refusedAt(GATE.check(StagedRevision.sources(), new ScenarioBook.Read(List.of(stale), List.of()), null),
                "scenarios/versions.xlsx!Scenarios!B4");
        assertTrue(failed.message().endsWith("/effectiveDate: expected \"2027-04-30\", got \"2027-05-30\""), failed.message());
    }

    private static Scenario cancellation(String cell, String asOf, String effectiveDate) throws Exception {
        String notice = asOf == null ? "2026-11-25" : "2027-03-31";
        JsonNode request = Json.MAPPER.readTree("{" + (asOf == null ? "" : "\"asOf\": \"" + asOf + "\", ")
                + "\"subject\": \"CONTRACT\", \"type\": \"GROUP\", \"billingStartDate\": \"2025-01-01\", \"monthlyFee\": 10000,"
                + " \"noticeReceivedDate\": \"" + notice + "\", \"reason\": \"CUSTOMER\"}");
        return new Scenario(Where.cell("scenarios/versions.xlsx", "Scenarios", cell), "notice " + notice, "/v1/cancellation", request,
                200, null, null, Json.MAPPER.readTree("{\"effectiveDate\": \"" + effectiveDate + "\"}"), List.of("A9"));
    }

    @Test
    void aDatedFolderWhoseDayIsNotOnTheCalendarIsRefused() {
        String path = "decision-tables/from-2027-02-30/parameters.xlsx";
        Issue issue = refusedAt(check(REPO.with(path, PARAMETERS)), path);
        assertEquals("is in the folder 'from-2027-02-30', but 2027-02-30 is not a day of the calendar;"
                + " name the folder from-YYYY-MM-DD with a real day", issue.message());
    }

    @Test
    void aFolderNamedForNoDayIsRefused() {
        String path = "decision-tables/april/parameters.xlsx";
        Issue issue = refusedAt(check(REPO.with(path, PARAMETERS)), path);
        assertEquals("is in the folder 'april', which is not a day: a folder under decision-tables/ is named from-YYYY-MM-DD"
                + " (from-2027-04-01), the day its workbooks are in force from", issue.message());
    }

    @Test
    void aWorkbookTheBaseDoesNotHoldIsRefused() {
        String path = "decision-tables/from-2027-04-01/parameter.xlsx";
        Issue issue = refusedAt(check(REPO.with(path, PARAMETERS)), path);
        assertTrue(issue.message().startsWith("is not one of the base's workbooks (change-items.xlsx, conflicts.xlsx, "),
                issue.message());
        assertTrue(issue.message().endsWith("): a dated folder holds changed copies of those, under the same name"), issue.message());
    }

    @Test
    void moreRevisionsThanTheBoundAreRefusedBeforeAnyIsCompiled() {
        RuleSources many = REPO;
        for (int month = 1; month <= 9; month++) {
            many = many.with("decision-tables/from-2027-%02d-01/parameters.xlsx".formatted(month), PARAMETERS);
        }
        Issue issue = refusedAt(check(many), "decision-tables/");
        assertEquals("holds 9 dated folders, more than the 8 revisions one release may stage: each is a rule base of its own,"
                + " compiled and kept in memory", issue.message());
    }

    @Test
    void aRevisionDatedBeforeTheBaseTextIsRefused() {
        String folder = "decision-tables/from-2019-06-01/";
        Issue issue = refusedAt(check(REPO.with(folder + "parameters.xlsx", PARAMETERS)), folder);
        assertEquals("is dated 2019-06-01, but the base text is in force from 2019-12-01 (SP): a revision changes the tables"
                + " from a day after it; name the folder for that day", issue.message());
    }

    @Test
    void aRevisionIsCheckedCellByCellAtItsOwnPath() {
        String path = "decision-tables/from-2027-04-01/parameters.xlsx";
        Gate.Result result = check(REPO.with(path, StagedRevision.withParameter(PARAMETERS, "NOTICE_DAYS", -5)));
        assertFalse(result.accepted());
        assertTrue(result.errors().stream().anyMatch(issue -> issue.where().file().equals(path)),
                () -> "no error located in " + path + ": " + result.errors());
    }
}
