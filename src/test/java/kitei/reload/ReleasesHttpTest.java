package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.Workbooks;

/**
 * Releases through the admin API: a publication is answered 202 at once and ends ACTIVE or REFUSED
 * however long its gate takes (longer than the request timeout here); the history lists it with its
 * author and note, a diff names the changed cell, and a rollback is a new release with the old content.
 */
class ReleasesHttpTest {

    private static final String MESSAGE = "published: TYPE_K needs plan FLAT, FLAT_L or PACKET_SHARE_L";
    private static final long REQUEST_TIMEOUT_MILLIS = 200;

    private static TempProject project;

    @BeforeAll
    static void start() throws IOException {
        project = TempProject.startWithRequestTimeout(REQUEST_TIMEOUT_MILLIS);
    }

    @AfterAll
    static void stop() throws IOException {
        project.close();
    }

    @Test
    void aPublicationOutlastingTheRequestTimeoutEndsActiveThenRollsBack() throws IOException {
        String seed = project.ready().body().path("release").asText();
        byte[] edited = Workbooks.setCell(ReloadServiceTest.table("vpdn-prerequisites.xlsx"), "G15", MESSAGE);

        long asked = System.nanoTime();
        TempProject.Answer queued = project.send(project.publishing(Map.of("decision-tables/vpdn-prerequisites.xlsx", edited), "stricter TYPE_K"));
        assertEquals(202, queued.status(), () -> String.valueOf(queued.body()));
        assertTrue(queued.location().startsWith("/admin/publications/"), queued.location());
        TempProject.Answer published = project.outcome(queued);
        assertTrue(published.active(), () -> String.valueOf(published.body()));
        assertTrue((System.nanoTime() - asked) / 1_000_000 > REQUEST_TIMEOUT_MILLIS,
                "the gate took less than the request timeout, so this shows nothing");
        String release = published.body().path("release").asText();
        JsonNode answer = project.decide("/v1/eligibility", ReloadServiceTest.TYPE_K_ON_OTHER_PLAN).body();
        assertEquals(release, answer.path("tariff").path("release").asText());
        assertEquals(MESSAGE, answer.path("violations").path(0).path("message").asText());

        JsonNode list = project.admin("GET", "/admin/releases").body();
        assertEquals(release, list.path("serving").asText());
        JsonNode newest = list.path("releases").path(0);
        assertEquals(List.of(release, "admin", "stricter TYPE_K", "true"), List.of(newest.path("id").asText(),
                newest.path("author").asText(), newest.path("note").asText(), newest.path("serving").asText()));
        assertTrue(newest.path("gate").asText().startsWith("passed, "), newest::toString);

        String diff = project.admin("GET", "/admin/releases/" + seed + "/diff/" + release).body().toString();
        assertTrue(diff.contains("G15") && diff.contains(MESSAGE), diff);

        TempProject.Answer rolledBack = project.outcome(project.send(HttpRequest.newBuilder(project.uri("/admin/releases/" + seed + "/rollback"))
                .header("Authorization", "Bearer " + TempProject.TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"note\": \"back to the seed\"}"))));
        assertTrue(rolledBack.active(), () -> String.valueOf(rolledBack.body()));
        String restored = rolledBack.body().path("release").asText();
        assertNotEquals(seed, restored, "a rollback is a new release");
        JsonNode after = project.decide("/v1/eligibility", ReloadServiceTest.TYPE_K_ON_OTHER_PLAN).body();
        assertEquals(restored, after.path("tariff").path("release").asText());
        assertEquals(project.admin("GET", "/admin/releases/" + seed).body().path("rulebase").asText(), after.path("tariff").path("rulebase").asText());
        assertEquals("back to the seed", project.admin("GET", "/admin/releases/" + restored).body().path("note").asText());
    }

    @Test
    void aRefusedPublicationNamesItsProblemsAndChangesNothing() throws IOException {
        String serving = project.ready().body().path("release").asText();
        byte[] broken = Workbooks.setCell(ReloadServiceTest.table("vpdn-prerequisites.xlsx"), "C15", "TYPE_KK");
        TempProject.Answer refused = project.publish(Map.of("decision-tables/vpdn-prerequisites.xlsx", broken), "typo");
        assertTrue(refused.refused(), () -> String.valueOf(refused.body()));
        assertEquals("decision-tables/vpdn-prerequisites.xlsx!Prerequisites!C15", refused.body().path("problems").path(0).path("at").asText());
        assertEquals(serving, project.ready().body().path("release").asText());
    }

    @Test
    void aDrlPartIsRefusedWithAPlainMessage() {
        TempProject.Answer answer = project.send(project.publishing(
                Map.of("rules/eligibility/a8-options.drl", "rule x".getBytes(StandardCharsets.UTF_8)), "sneaky"));
        assertEquals(400, answer.status());
        assertTrue(answer.body().path("detail").asText().contains("rules/eligibility/a8-options.drl"), answer.body()::toString);
        assertTrue(answer.body().path("detail").asText().contains("commits to the release repository"), answer.body()::toString);
    }

    @Test
    void anUnknownReleaseOrPublicationIs404() {
        assertEquals(404, project.admin("GET", "/admin/releases/000000000000").status());
        assertEquals(404, project.admin("GET", "/admin/publications/nope").status());
        assertEquals(404, project.admin("POST", "/admin/releases/000000000000/rollback").status());
    }
}
