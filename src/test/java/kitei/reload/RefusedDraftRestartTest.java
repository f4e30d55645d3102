package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.Workbooks;

/**
 * The folder is a draft, not what serves: a broken workbook saved into it is refused, and a restart
 * (a deploy, a crash) on the same folder and data directory keeps serving the last release.
 */
class RefusedDraftRestartTest {

    @Test
    void aBrokenSaveThenARestartKeepsServingTheLastRelease() throws Exception {
        TempProject first = TempProject.start();
        TempProject project = first;
        try {
            String release = first.ready().body().path("release").asText();
            String rulebase = first.servingId();
            Path table = first.root.resolve("decision-tables/vpdn-prerequisites.xlsx");
            Files.write(table, Workbooks.setCell(Files.readAllBytes(table), "C15", "TYPE_KK"));
            ReloadServiceTest.waitFor(() -> "REFUSED".equals(first.ready().body().path("draft").path("status").asText()));

            project = first.restart();

            TempProject restarted = project;
            ReloadServiceTest.waitFor(() -> "REFUSED".equals(restarted.ready().body().path("draft").path("status").asText()));
            TempProject.Answer ready = project.ready();
            assertEquals(200, ready.status(), () -> String.valueOf(ready.body()));
            assertEquals(release, ready.body().path("release").asText());
            assertNotEquals(0, ready.body().path("draft").path("problems").asInt(), ready.body()::toString);
            TempProject.Answer answer = project.decide("/v1/eligibility", ReloadServiceTest.TYPE_K_ON_OTHER_PLAN);
            assertEquals(200, answer.status(), () -> String.valueOf(answer.body()));
            JsonNode tariff = answer.body().path("tariff");
            assertEquals(rulebase, tariff.path("rulebase").asText());
        } finally {
            project.close();
        }
    }

    @Test
    void afterARefusedSaveAndAnAdminReloadTheWatcherStillNoticesSaves() throws Exception {
        try (TempProject project = TempProject.start()) {
            Path table = project.root.resolve("decision-tables/vpdn-prerequisites.xlsx");
            byte[] good = Files.readAllBytes(table);
            Files.write(table, Workbooks.setCell(good, "C15", "TYPE_KK"));
            ReloadServiceTest.waitFor(() -> "REFUSED".equals(project.ready().body().path("draft").path("status").asText()));
            assertEquals("REFUSED", project.reload().body().path("status").asText());

            Files.write(table, Workbooks.setCell(good, "G15", "saved after a refusal"));
            ReloadServiceTest.waitFor(() -> "RELEASED".equals(project.ready().body().path("draft").path("status").asText()));
            JsonNode answer = project.decide("/v1/eligibility", ReloadServiceTest.TYPE_K_ON_OTHER_PLAN).body();
            assertEquals("saved after a refusal", answer.path("violations").path(0).path("message").asText());
            assertEquals("WATCHING", project.ruleBase().body().path("watcher").path("state").asText());
            assertEquals("watcher", project.admin("GET", "/admin/releases").body().path("releases").path(0).path("author").asText());
        }
    }
}
