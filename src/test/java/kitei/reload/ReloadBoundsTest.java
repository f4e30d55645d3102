package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.Workbooks;

/**
 * A running service answers each costly or code-bearing workbook with a quick refusal naming the
 * file or cell, shows it in {@code /admin/rulebase}, and the next reload works; a failure of any kind
 * in a reload (an Error too) is refused and shown the same way.
 */
class ReloadBoundsTest {

    private static TempProject project;
    private static String original;

    @BeforeAll
    static void start() throws IOException {
        project = TempProject.start();
        original = project.servingId();
    }

    @AfterAll
    static void stop() throws IOException {
        project.close();
    }

    /** Each test leaves the project as it found it, so the next starts from the original rules. */
    @AfterEach
    void restore() throws Exception {
        Files.deleteIfExists(project.root.resolve("rules/deep.drl"));
        for (String table : new String[] {"conflicts.xlsx", "price-list.xlsx", "parameters.xlsx", "vpdn-prerequisites.xlsx"}) {
            Files.write(project.root.resolve("decision-tables").resolve(table), ReloadServiceTest.table(table));
        }
        project.reload();
        ReloadServiceTest.waitFor(() -> project.servingId().equals(original));
    }

    @Test
    void anUploadWhoseTemplateWritesAFileIsRefusedAtItsCellAndNothingRuns() throws IOException {
        Path marker = project.root.resolve("written-by-a-template");
        String template = "insert(new Parameter(name, value, \"$param\")); java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                + marker + "\"), \"x\");";
        TempProject.Answer refusal = project.upload("parameters.xlsx",
                Workbooks.setCell(ReloadServiceTest.table("parameters.xlsx"), "D12", template));
        assertRefusedAt(refusal, "decision-tables/parameters.xlsx!Parameters!D12", "the code template is read by the rule engine");
        assertFalse(Files.exists(marker), "the template ran");
        assertEquals(original, project.servingId());
    }

    @Test
    void anUploadOf2000RowsIsRefusedQuicklyAndTheNextUploadIsAccepted() throws Exception {
        byte[] big = Workbooks.appendRows(ReloadServiceTest.table("price-list.xlsx"), 26, 26, 2_000, 2);
        TempProject.Answer refusal = project.upload("price-list.xlsx", big);
        assertRefusedAt(refusal, "decision-tables/price-list.xlsx!PriceList!B1014", "row 1014 is past the 1000 rows a table may hold");
        assertLastRefusal("decision-tables/price-list.xlsx!PriceList!B1014", "row 1014 is past the 1000 rows");

        assertNextEditAccepted();
    }

    @Test
    void aWorkbookUnpackingTo95MegabytesIsRefusedByUploadAndThroughTheFolder() throws Exception {
        byte[] bomb = Workbooks.withHugePart(ReloadServiceTest.table("conflicts.xlsx"), 95);
        String reason = "unpacks to more than 8 MiB in its part xl/notes.xml";
        assertRefusedAt(project.upload("conflicts.xlsx", bomb), "decision-tables/conflicts.xlsx", reason);
        assertLastRefusal("decision-tables/conflicts.xlsx", reason);

        long refusedBefore = counts().path("refused").asLong();
        Files.write(project.root.resolve("decision-tables/conflicts.xlsx"), bomb);
        assertRefusedAt(project.reload(), "decision-tables/conflicts.xlsx", reason);
        assertTrue(counts().path("refused").asLong() > refusedBefore);
        assertLastRefusal("decision-tables/conflicts.xlsx", reason);
        assertEquals(original, project.servingId());

        Files.write(project.root.resolve("decision-tables/conflicts.xlsx"), ReloadServiceTest.table("conflicts.xlsx"));
        assertNextEditAccepted();
    }

    /** A rule nested deeper than the engine's parsers can recurse: a StackOverflowError in the reload, not an exception. */
    @Test
    void anErrorDuringAReloadIsRefusedWithItsReasonAndTheNextReloadWorks() throws Exception {
        String deep = "(".repeat(200_000) + "1" + ")".repeat(200_000);
        Files.writeString(project.root.resolve("rules/deep.drl"), "package kitei.rules.deep;\n\nrule \"Deep\"\n    @clause(\"A5.3\")\n"
                + "when\n    eval(" + deep + " == 1)\nthen\nend\n");
        long refusedBefore = counts().path("refused").asLong();
        double failuresBefore = loadFailures();
        TempProject.Answer refusal = project.reload();
        assertTrue(refusal.refused(), () -> String.valueOf(refusal.body()));
        assertTrue(counts().path("refused").asLong() > refusedBefore);
        assertTrue(loadFailures() > failuresBefore, "kitei_rulebase_loads_total{result=\"failure\"} did not count it");
        JsonNode problems = project.ruleBase().body().path("lastRefusal").path("problems");
        assertFalse(problems.isEmpty(), "the refusal gives no reason");
        assertEquals(original, project.servingId());

        Files.delete(project.root.resolve("rules/deep.drl"));
        assertNextEditAccepted();
    }

    /** The reload thread is alive and well: a good edit now serves. */
    private static void assertNextEditAccepted() throws Exception {
        String before = project.servingId();
        long accepted = counts().path("accepted").asLong();
        TempProject.Answer answer = project.upload("vpdn-prerequisites.xlsx",
                Workbooks.setCell(ReloadServiceTest.table("vpdn-prerequisites.xlsx"), "G15", "TYPE_K needs plan FLAT, FLAT_L or PACKET_SHARE_L"));
        assertTrue(answer.active(), () -> String.valueOf(answer.body()));
        assertNotEquals(before, project.servingId());
        assertTrue(counts().path("accepted").asLong() > accepted, () -> counts().toString());
    }

    /** {@code kitei_rulebase_loads_total{result="failure"}} as scraped, 0 before the first. */
    private static double loadFailures() throws IOException, InterruptedException {
        String scrape = project.http.send(HttpRequest.newBuilder(project.uri("/metrics")).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        return scrape.lines().filter(line -> line.startsWith("kitei_rulebase_loads_total{") && line.contains("result=\"failure\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static JsonNode counts() {
        return project.ruleBase().body().path("counts");
    }

    private static void assertRefusedAt(TempProject.Answer answer, String at, String messageStart) {
        assertTrue(answer.refused(), () -> String.valueOf(answer.body()));
        assertTrue(has(answer.body().path("problems"), at, messageStart), () -> "no problem at " + at + " saying " + messageStart + ": " + answer.body());
    }

    private static void assertLastRefusal(String at, String messageStart) {
        JsonNode status = project.ruleBase().body();
        assertTrue(has(status.path("lastRefusal").path("problems"), at, messageStart), status::toString);
    }

    private static boolean has(JsonNode problems, String at, String messageStart) {
        for (JsonNode problem : problems) {
            if (problem.path("at").asText().equals(at) && problem.path("message").asText().startsWith(messageStart)) {
                return true;
            }
        }
        return false;
    }
}
