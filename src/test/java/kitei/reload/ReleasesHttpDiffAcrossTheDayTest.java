package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.StagedRevision;

/**
 * {@code GET /admin/releases/{id}/diff/{other}} of a release that stages a revision (NOTICE_DAYS 30 → 60
 * from 2027-04-01) against the one before: besides the parameter's change, it says which logged decisions
 * would change once the revision is in force and which would not, from the service's own decision log.
 */
class ReleasesHttpDiffAcrossTheDayTest {

    private static final String CANCELLATION = """
            {"asOf": "2026-11-25", "subject": "CONTRACT", "type": "GROUP", "billingStartDate": "2025-01-01",
             "monthlyFee": 10000, "noticeReceivedDate": "2026-11-25", "reason": "CUSTOMER"}""";
    private static final String ELIGIBILITY = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_K", "plan": "FLAT_L"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_K"], "terminators": 1}]},
             "setup": {"realms": ["example.co.jp"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}""";

    private static TempProject project;

    @BeforeAll
    static void start() throws IOException {
        project = TempProject.startWithDecisionLog();
    }

    @AfterAll
    static void stop() throws IOException {
        project.close();
    }

    @Test
    void theDiffOfAStagedRevisionSaysWhichLoggedDecisionsChangeOnItsDayAndWhichDoNot() {
        String cancellation = decided("/v1/cancellation", CANCELLATION);
        String eligibility = decided("/v1/eligibility", ELIGIBILITY);
        String seed = project.ready().body().path("release").asText();
        byte[] revised = StagedRevision.sources().files().get(StagedRevision.REVISED);
        TempProject.Answer published = project.publish(Map.of(StagedRevision.REVISED, revised), "NOTICE_DAYS 60 from 2027-04-01");
        assertTrue(published.active(), () -> String.valueOf(published.body()));

        TempProject.Answer answer = project.admin("GET", "/admin/releases/" + seed + "/diff/" + published.body().path("release").asText());

        assertEquals(200, answer.status(), () -> String.valueOf(answer.body()));
        JsonNode impact = answer.body().path("impact");
        assertEquals("decisions.jsonl", impact.path("decisionLog").asText(), impact::toString);
        assertEquals(1000, impact.path("lastLines").asInt(), impact::toString);
        assertTrue(impact.path("notReplayed").isMissingNode(), impact::toString);
        JsonNode revision = impact.path("revisions").path(0);
        assertEquals(List.of("2027-04-01", "decision-tables/from-2027-04-01/", "2"), List.of(revision.path("inForceFrom").asText(),
                revision.path("tables").asText(), revision.path("asked").asText()), revision::toString);
        assertEquals(1, revision.path("changed").size(), revision::toString);
        JsonNode changed = revision.path("changed").path(0);
        assertEquals(cancellation, changed.path("decisionId").asText(), revision::toString);
        assertEquals("/v1/cancellation", changed.path("endpoint").asText());
        assertEquals("A11.1", changed.path("clauses").path(0).asText(), revision::toString);
        assertTrue(changed.path("differences").toString().contains("/effectiveDate: \\\"2026-12-25\\\" -> \\\"2027-01-24\\\""),
                revision::toString);
        assertEquals(List.of(eligibility), List.of(revision.path("unchanged").path(0).asText()), revision::toString);
        assertEquals(1, revision.path("unchanged").size(), revision::toString);
    }

    @Test
    void aDiffStagingNoRevisionSaysWhyNothingWasReplayed() {
        String serving = project.ready().body().path("release").asText();
        JsonNode impact = project.admin("GET", "/admin/releases/" + serving + "/diff/" + serving).body().path("impact");
        assertEquals(0, impact.path("revisions").size(), impact::toString);
        assertTrue(impact.path("notReplayed").asText().contains("stages no revision still to come"), impact::toString);
    }

    private static String decided(String endpoint, String request) {
        TempProject.Answer answer = project.decide(endpoint, request);
        assertEquals(200, answer.status(), () -> String.valueOf(answer.body()));
        return answer.body().path("decisionId").asText();
    }
}
