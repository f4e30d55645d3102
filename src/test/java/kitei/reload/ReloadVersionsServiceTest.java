package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.StagedRevision;

/**
 * A service on a project with a revision staged (NOTICE_DAYS 30 → 60 from 2027-04-01): it passes the
 * service's own confined gate, readiness and {@code GET /v1/tariff} list both versions with their days,
 * each day is answered by its version, and a further revision is published through the admin API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReloadVersionsServiceTest {

    private static TempProject project;

    @BeforeAll
    static void start() throws IOException {
        project = TempProject.startOn(StagedRevision.project(Files.createTempDirectory("kitei-versions-")));
    }

    @AfterAll
    static void stop() {
        project.service.stop().await();
    }

    private static String cancellation(String asOf) {
        return "{\"asOf\": \"" + asOf + "\", \"subject\": \"CONTRACT\", \"type\": \"GROUP\", \"billingStartDate\": \"2025-01-01\","
                + " \"monthlyFee\": 10000, \"noticeReceivedDate\": \"2027-03-31\", \"reason\": \"CUSTOMER\"}";
    }

    @Test
    void readinessListsEveryVersionWithItsDays() {
        JsonNode versions = project.ready().body().path("versions");
        assertEquals(2, versions.size(), versions::toString);
        assertEquals("{\"version\":\"2019-12-01\",\"inForceFrom\":\"2019-12-01\",\"inForceUntil\":\"2027-03-31\",\"tables\":\"decision-tables/\"}",
                versions.get(0).toString());
        assertEquals("{\"version\":\"2027-04-01\",\"inForceFrom\":\"2027-04-01\",\"tables\":\"decision-tables/from-2027-04-01/\"}",
                versions.get(1).toString());
    }

    @Test
    void theTariffGivesEachVersionItsOwnCoverage() {
        JsonNode tariff = project.send(java.net.http.HttpRequest.newBuilder(project.uri("/v1/tariff")).GET()).body();
        JsonNode versions = tariff.path("versions");
        assertEquals(2, versions.size());
        assertTrue(versions.get(0).path("coverage").toString().contains("decision-tables/parameters.xlsx!Parameters!row 16"));
        assertTrue(versions.get(1).path("coverage").toString().contains("decision-tables/from-2027-04-01/parameters.xlsx!Parameters!row 16"));
        assertTrue(tariff.path("coverage").toString().contains("decision-tables/parameters.xlsx!Parameters!row 16"),
                "today (2026-11-25) the base is in force");
    }

    @Test
    void eachDayIsAnsweredByItsVersion() {
        JsonNode before = project.decide("/v1/cancellation", cancellation("2027-03-31")).body();
        JsonNode onTheDay = project.decide("/v1/cancellation", cancellation("2027-04-01")).body();
        assertEquals("2019-12-01 2027-04-30", before.path("tariff").path("version").asText() + " " + before.path("effectiveDate").asText());
        assertEquals("2027-04-01 2027-05-30", onTheDay.path("tariff").path("version").asText() + " " + onTheDay.path("effectiveDate").asText());
        assertEquals(before.path("tariff").path("rulebase"), onTheDay.path("tariff").path("rulebase"), "one rule base holds both versions");
    }

    /** Last: it adds a version the other tests do not expect. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aFurtherRevisionIsPublishedByItsPathAndABadDayIsRefusedAtIt() throws IOException {
        byte[] parameters = Files.readAllBytes(project.root.resolve(StagedRevision.PARAMETERS));
        TempProject.Answer refused = project.publish(Map.of("decision-tables/from-2028-02-30/parameters.xlsx",
                StagedRevision.withParameter(parameters, "NOTICE_DAYS", 90)), "a day that is not");
        assertEquals("REFUSED", refused.body().path("status").asText(), refused.body()::toString);
        assertTrue(refused.body().toString().contains("2028-02-30 is not a day of the calendar"), refused.body()::toString);

        TempProject.Answer published = project.publish(Map.of("decision-tables/from-2028-01-01/parameters.xlsx",
                StagedRevision.withParameter(parameters, "NOTICE_DAYS", 90)), "NOTICE_DAYS 90 from 2028-01-01");
        assertEquals("ACTIVE", published.body().path("status").asText(), published.body()::toString);
        JsonNode answer = project.decide("/v1/cancellation", cancellation("2028-01-01")).body();
        assertEquals("2028-01-01 2027-06-29", answer.path("tariff").path("version").asText() + " " + answer.path("effectiveDate").asText());
        assertEquals(3, project.ready().body().path("versions").size());
    }
}
