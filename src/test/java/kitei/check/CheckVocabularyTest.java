package kitei.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;
import kitei.engine.RuleSources;

/**
 * The analysts' vocabulary (decision-tables/vocabulary.xlsx) and the code catalogue as the gate
 * applies them: a plan added by an edit of the vocabulary alone qualifies, and a code given to a row
 * it does not fit is refused at its cell.
 */
class CheckVocabularyTest {

    private static final String VOCABULARY = "decision-tables/vocabulary.xlsx";
    private static final String CONFLICTS = "decision-tables/conflicts.xlsx";
    private static final String OBLIGATIONS = "decision-tables/customer-obligations.xlsx";
    private static final RuleSources REPO = RuleSources.fromDirectory(Path.of("."));
    private static final String TYPE_K_ON_FLAT_M = """
            {"asOf": "2026-11-25",
             "customer": {"mobileServices": [{"service": "TYPE_K", "plan": "FLAT_M"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_K"], "terminators": 1}]},
             "setup": {"realms": ["example.co.jp"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}""";

    private static Gate.Result check(String path, byte[] bytes) {
        return new Gate(TestRuleBase.TODAY).check(REPO.with(path, bytes), ScenarioBook.Read.none(), null);
    }

    private static Issue refusedAt(Gate.Result result, String where) {
        assertFalse(result.accepted(), "the candidate was accepted");
        return result.errors().stream().filter(issue -> issue.where().toString().equals(where)).findFirst()
                .orElseThrow(() -> new AssertionError("no error at " + where + "; errors: "
                        + result.errors().stream().map(Issue::toString).collect(Collectors.joining("\n"))));
    }

    private static JsonNode decide(DecisionService service, String request) throws Exception {
        Reply reply = service.decide(service.at("/v1/eligibility").orElseThrow(), Json.MAPPER.readTree(request));
        assertEquals(200, reply.status(), () -> "answered " + reply.body());
        return Json.MAPPER.valueToTree(reply.body());
    }

    private static List<String> codes(JsonNode answer) {
        return answer.path("violations").findValuesAsText("code");
    }

    @Test
    void aPlanAddedToTheVocabularyAloneQualifiesAndTheTraceNamesItsRow() throws Exception {
        JsonNode before = decide(TestRuleBase.service(), TYPE_K_ON_FLAT_M);
        assertEquals(List.of("TYPE_K_PREREQUISITE"), codes(before));

        byte[] edited = Workbooks.setCell(Workbooks.setCell(Workbooks.copyRow(REPO.files().get(VOCABULARY), 16, 19),
                "C19", "FLAT_M"), "F19", "定額プラン M: qualifies for VPDN item TYPE_K");
        Gate.Result result = check(VOCABULARY, edited);
        assertTrue(result.accepted(), () -> "refused: " + result.errors());

        JsonNode after = decide(TestRuleBase.service(result.candidate()), TYPE_K_ON_FLAT_M);
        assertEquals(List.of(), codes(after), () -> after.path("trace").toString());
        assertEquals("ELIGIBLE", after.path("verdict").asText());
        JsonNode row = after.path("trace").findParents("source").stream()
                .filter(entry -> entry.path("source").asText().equals(VOCABULARY + "!MobileServices!row 19"))
                .findFirst().orElseThrow(() -> new AssertionError("no trace entry of the vocabulary's row 19: " + after.path("trace")));
        assertEquals("A5.4", row.path("clause").asText());
        assertEquals("Mobile services row 19: mobile service TYPE_K, item category, plan or network type FLAT_M", row.path("rule").asText());
        assertTrue(result.candidate().rules().stream().anyMatch(rule -> rule.name().equals(
                "Mobile services row 16: mobile service TYPE_K, item category, plan or network type FLAT_L")),
                "the names of the rows the edit did not touch stay as they were");
        assertEquals("IIJ Mobile Service TYPE_K with plan FLAT_M at /customer/mobileServices/0 qualifies for VPDN item TYPE_K",
                row.path("effect").asText());
    }

    @Test
    void aVocabularyRowCitingAnotherClauseIsRefused() {
        Issue issue = refusedAt(check(VOCABULARY, Workbooks.setCell(REPO.files().get(VOCABULARY), "E16", "A5.3")),
                VOCABULARY + "!MobileServices!E16");
        assertEquals("a qualifying value of IIJ Mobile Service TYPE_K satisfies the prerequisite of clause A5.4,"
                + " so this row cites A5.4, not 'A5.3'", issue.message());
    }

    @Test
    void aVocabularyRowWithNoPlanIsRefusedRatherThanLettingEveryPlanQualify() {
        byte[] edited = Workbooks.setCell(Workbooks.copyRow(REPO.files().get(VOCABULARY), 16, 19), "C19", "");
        Issue issue = refusedAt(check(VOCABULARY, edited), VOCABULARY + "!MobileServices!C19");
        assertEquals("this cell is empty, and an empty condition matches anything: the row would make every item category, plan"
                + " or network type of its mobile service qualify; name one", issue.message());
    }

    @Test
    void aCodeReusedForAConflictItDoesNotMeanIsRefusedAtItsCell() {
        byte[] edited = Workbooks.setCell(Workbooks.setCell(Workbooks.copyRow(REPO.files().get(CONFLICTS), 16, 17),
                "B17", "VPDN_TYPE_D"), "C17", "MOBILE_TYPE_D");
        Issue issue = refusedAt(check(CONFLICTS, edited), CONFLICTS + "!Conflicts!G17");
        assertEquals("code TYPE_K_PRIVATE_GATEWAY concerns VPDN TYPE_K with IIJ Mobile Service Type K, and the Large-Scale Private"
                + " Gateway (LARGE_SCALE_PRIVATE_GATEWAY, MOBILE_TYPE_K, VPDN_TYPE_K), and this row is about"
                + " LARGE_SCALE_PRIVATE_GATEWAY, MOBILE_TYPE_D, VPDN_TYPE_D. A code means one thing to whoever reads the answers,"
                + " so this row needs a code of its own. A new code is a change of the HTTP contract: the developers add it to"
                + " spec/API.md, the clause map (ARTICLES.md) and the code catalogue (kitei.tariff.Codes), and then a row can give it",
                issue.message());
    }

    @Test
    void aCodeThatIsNoCodeOfTheApiSaysWhoMakesANewOne() {
        Issue issue = refusedAt(check(CONFLICTS, Workbooks.setCell(REPO.files().get(CONFLICTS), "G14", "PROXY_GROUP_CONFLICT")),
                CONFLICTS + "!Conflicts!G14");
        assertEquals("'PROXY_GROUP_CONFLICT' is not a code of the API. A new code is a change of the HTTP contract: the developers"
                + " add it to spec/API.md, the clause map (ARTICLES.md) and the code catalogue (kitei.tariff.Codes), and then a row"
                + " can give it. Only an obligation IIJ designates under A5.6.7 brings a code of its own, on a row citing A5.6.7",
                issue.message());
    }

    @Test
    void aPendingActionCodeInTheConflictTableIsRefusedForItsKind() {
        Issue issue = refusedAt(check(CONFLICTS, Workbooks.setCell(Workbooks.setCell(REPO.files().get(CONFLICTS), "G14", "REALM"),
                "F14", "A5.6.1")), CONFLICTS + "!Conflicts!G14");
        assertEquals("code REALM is a pending action code, and this table gives conflicts", issue.message());
    }

    @Test
    void anObligationIijDesignatesUnderA567BringsItsOwnCode() {
        byte[] edited = Workbooks.setCell(Workbooks.setCell(Workbooks.setCell(Workbooks.setCell(
                Workbooks.copyRow(REPO.files().get(OBLIGATIONS), 16, 20), "C20", ""), "D20", "A5.6.7"),
                "E20", "ROUTER_REGISTRATION"), "F20", "register the customer's routers with IIJ");
        Gate.Result result = check(OBLIGATIONS, edited);
        assertTrue(result.accepted(), () -> "refused: " + result.errors());
    }

    @Test
    void aDrlRuleGivingACodeUnderAnotherClauseIsRefusedAtItsLine() {
        String drl = "rules/eligibility/a8-options.drl";
        String text = new String(REPO.files().get(drl), java.nio.charset.StandardCharsets.UTF_8)
                .replace("insert(Finding.violation(\"LOAD_BALANCING_REQUIRES_VPDN\"", "insert(Finding.violation(\"TYPE_K_PREREQUISITE\"");
        Gate.Result result = new Gate(TestRuleBase.TODAY).check(REPO.with(drl, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ScenarioBook.Read.none(), null);
        int line = (int) text.lines().takeWhile(l -> !l.contains("TYPE_K_PREREQUISITE")).count() + 1;
        assertEquals("code TYPE_K_PREREQUISITE belongs to clause A5.4, and this rule cites A8.2",
                refusedAt(result, drl + ":" + line).message());
    }
}
