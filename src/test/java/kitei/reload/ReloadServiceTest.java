package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.Workbooks;

/**
 * A running service refuses each broken upload or edit with its located problems and keeps answering
 * on the rules it had; good edits, uploaded or saved on disk (also by LibreOffice), take effect.
 */
class ReloadServiceTest {

    static final String TYPE_K_ON_OTHER_PLAN = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_K", "plan": "MINIMUM"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_K"], "terminators": 1}]},
             "setup": {"realms": ["example.co.jp"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}
            """;

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

    static byte[] table(String name) throws IOException {
        return Files.readAllBytes(Path.of("decision-tables", name));
    }

    static Stream<Arguments> brokenUploads() throws IOException {
        byte[] prerequisites = table("vpdn-prerequisites.xlsx");
        byte[] conflicts = table("conflicts.xlsx");
        byte[] parameters = table("parameters.xlsx");
        return Stream.of(
                Arguments.of("a typo'd mobile service", "vpdn-prerequisites.xlsx", Workbooks.setCell(prerequisites, "C15", "TYPE_KK"),
                        "decision-tables/vpdn-prerequisites.xlsx!Prerequisites!C15"),
                Arguments.of("a typo'd condition template", "vpdn-prerequisites.xlsx", Workbooks.setCell(prerequisites, "B12", "itme == VpdnItem.$param"),
                        "decision-tables/vpdn-prerequisites.xlsx!Prerequisites!B12"),
                Arguments.of("text where a number belongs", "parameters.xlsx", Workbooks.setCell(parameters, "C16", "thirty"),
                        "decision-tables/parameters.xlsx!Parameters!C16"),
                Arguments.of("an overlapping row", "conflicts.xlsx", Workbooks.setCell(Workbooks.copyRow(conflicts, 14, 17), "I17", "other"),
                        "decision-tables/conflicts.xlsx!Conflicts!B17"),
                Arguments.of("a missing prerequisite row", "vpdn-prerequisites.xlsx", Workbooks.clearRow(prerequisites, 16),
                        "decision-tables/vpdn-prerequisites.xlsx!Prerequisites!B9"),
                Arguments.of("an unknown clause id", "conflicts.xlsx", Workbooks.setCell(conflicts, "F15", "A14.9"),
                        "decision-tables/conflicts.xlsx!Conflicts!F15"),
                Arguments.of("a truncated workbook", "conflicts.xlsx", Arrays.copyOf(conflicts, conflicts.length / 2),
                        "decision-tables/conflicts.xlsx"),
                Arguments.of("a file that is no workbook", "conflicts.xlsx", "PROXY,GROUP\n".getBytes(StandardCharsets.UTF_8),
                        "decision-tables/conflicts.xlsx"));
    }

    @ParameterizedTest(name = "{0} is refused at {3}")
    @MethodSource("brokenUploads")
    void aBrokenUploadIsRefusedAndTheOldRulesKeepAnswering(String what, String name, byte[] workbook, String at) throws IOException {
        TempProject.Answer refusal = project.upload(name, workbook);
        assertTrue(refusal.refused(), () -> String.valueOf(refusal.body()));
        assertTrue(atsOf(refusal.body().path("problems")).contains(at), () -> "no problem at " + at + ": " + refusal.body());

        JsonNode status = project.ruleBase().body();
        assertEquals(original, status.path("serving").path("rulebase").asText());
        assertTrue(atsOf(status.path("lastRefusal").path("problems")).contains(at));
        assertEquals(original, project.decide("/v1/eligibility", TYPE_K_ON_OTHER_PLAN).body().path("tariff").path("rulebase").asText());
        assertTrue(Arrays.equals(table(name), Files.readAllBytes(project.root.resolve("decision-tables").resolve(name))),
                "a refused upload is not written to disk");
    }

    @Test
    void theAdminOperationsNeedTheToken() {
        TempProject.Answer answer = project.send(HttpRequest.newBuilder(project.uri("/admin/reload")).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(401, answer.status());
    }

    @Test
    void aBrokenDrlSavedOnDiskIsRefusedByTheWatcher() throws Exception {
        Path drl = project.root.resolve("rules/eligibility/a8-options.drl");
        String good = Files.readString(drl);
        long refusedBefore = project.ruleBase().body().path("counts").path("refused").asLong();
        try {
            Files.writeString(drl, good.replace("terminators < 2", "terminatorz < 2"));
            waitFor(() -> project.ruleBase().body().path("counts").path("refused").asLong() > refusedBefore);
            JsonNode status = project.ruleBase().body();
            assertEquals(original, status.path("serving").path("rulebase").asText());
            assertTrue(status.path("lastRefusal").path("problems").toString().contains("rules/eligibility/a8-options.drl:"),
                    status::toString);
        } finally {
            Files.writeString(drl, good);
        }
        assertEquals(200, project.decide("/v1/eligibility", TYPE_K_ON_OTHER_PLAN).status());
    }

    @Test
    void anEditSavedOnDiskTakesEffect() throws Exception {
        Path file = project.root.resolve("decision-tables/vpdn-prerequisites.xlsx");
        byte[] good = Files.readAllBytes(file);
        try {
            Files.write(file, Workbooks.setCell(good, "G15", "edited on disk: TYPE_K needs plan FLAT, FLAT_L or PACKET_SHARE_L"));
            waitFor(() -> !project.servingId().equals(original));
            JsonNode answer = project.decide("/v1/eligibility", TYPE_K_ON_OTHER_PLAN).body();
            assertEquals("edited on disk: TYPE_K needs plan FLAT, FLAT_L or PACKET_SHARE_L", answer.path("violations").path(0).path("message").asText());
        } finally {
            Files.write(file, good);
            waitFor(() -> project.servingId().equals(original));
        }
    }

    @Test
    void anEditSavedByLibreOfficeIsAcceptedAndTakesEffect() throws Exception {
        assumeTrue(onPath("soffice") || System.getenv("CI") != null, "LibreOffice (soffice) is not installed (in CI it must be)");
        Path work = Files.createTempDirectory("kitei-soffice-");
        Path edited = work.resolve("in").resolve("vpdn-prerequisites.xlsx");
        Files.createDirectories(edited.getParent());
        Files.write(edited, Workbooks.setCell(table("vpdn-prerequisites.xlsx"), "G15", "saved by LibreOffice: TYPE_K needs a flat plan"));
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + work.resolve("profile"), "--headless",
                "--convert-to", "xlsx", "--outdir", work.resolve("out").toString(), edited.toString())
                .redirectErrorStream(true).start();
        assertTrue(soffice.waitFor(120, TimeUnit.SECONDS), "soffice did not finish");
        byte[] saved = Files.readAllBytes(work.resolve("out/vpdn-prerequisites.xlsx"));
        assertNotEquals(Arrays.hashCode(Files.readAllBytes(edited)), Arrays.hashCode(saved), "LibreOffice rewrote the file");

        TempProject.Answer accepted = project.upload("vpdn-prerequisites.xlsx", saved);
        assertTrue(accepted.active(), () -> String.valueOf(accepted.body()));
        JsonNode answer = project.decide("/v1/eligibility", TYPE_K_ON_OTHER_PLAN).body();
        assertEquals(accepted.body().path("release").asText(), answer.path("tariff").path("release").asText());
        assertEquals("saved by LibreOffice: TYPE_K needs a flat plan", answer.path("violations").path(0).path("message").asText());

        assertTrue(project.upload("vpdn-prerequisites.xlsx", table("vpdn-prerequisites.xlsx")).active());
        waitFor(() -> project.servingId().equals(original));
    }

    private static java.util.Set<String> atsOf(JsonNode problems) {
        java.util.Set<String> ats = new java.util.TreeSet<>();
        problems.forEach(problem -> ats.add(problem.path("at").asText()));
        return ats;
    }

    static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 30 s in vain");
            }
            Thread.sleep(100);
        }
    }

    static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
