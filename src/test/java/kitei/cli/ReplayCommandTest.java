package kitei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import kitei.TestRuleBase;
import kitei.decisionlog.DecisionLogConfig;
import kitei.engine.RuleSources;
import kitei.release.ReleaseStore;
import kitei.http.HttpConfig;
import kitei.http.Service;
import picocli.CommandLine;

/** The impact of an analyst's edit before it goes live: decisions logged by a running service, replayed on an edited copy. */
class ReplayCommandTest {

    private static final String TYPE_K_ON = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_K", "plan": "%s"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_K"], "terminators": 1}]}}
            """;

    @TempDir
    Path dir;

    @Test
    void anEditThatDropsAQualifyingPlanIsReportedUnderItsClause() throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        logDecisions(log, "PACKET_SHARE_L", "FLAT", "PACKET_SHARE_L");

        assertEquals(0, replay(log, Path.of(".")).exit, "the rules that made the decisions change none");

        Path edited = copyOfTheRepoRules(dir.resolve("edited"));
        dropPacketShareL(edited);
        Result result = replay(log, edited);
        assertEquals(1, result.exit);
        assertTrue(result.out.contains("3 decisions replayed, 2 would change"), result.out);
        assertTrue(result.out.contains("A5.4: 2 decision(s)"), result.out);
        assertTrue(result.out.contains("now TYPE_K_PREREQUISITE at /order/contracts/0/items/0"), result.out);
    }

    @Test
    void aLogIsReplayedAgainstAReleaseById() throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        logDecisions(log, "PACKET_SHARE_L", "FLAT", "PACKET_SHARE_L");
        Path edited = copyOfTheRepoRules(dir.resolve("edited"));
        dropPacketShareL(edited);
        Path data = dir.resolve("data");
        String seed;
        String narrower;
        try (ReleaseStore store = ReleaseStore.open(data, ReleaseStore.DEFAULT_BRANCH)) {
            seed = store.commit(RuleSources.fromDirectory(Path.of(".")).files(), "seed", "first", "-", "passed").id();
            narrower = store.commit(RuleSources.fromDirectory(edited).files(), "admin", "drop PACKET_SHARE_L", "-", "passed").id();
        }

        assertEquals(0, run("replay", log.toString(), "--release", seed, "--data", data.toString()).exit);
        Result result = run("replay", log.toString(), "--release", narrower, "--data", data.toString());
        assertEquals(1, result.exit, result.out);
        assertTrue(result.out.contains("(release " + narrower + ")"), result.out);
        assertTrue(result.out.contains("3 decisions replayed, 2 would change"), result.out);
        assertEquals(2, run("replay", log.toString(), "--release", "000000000000", "--data", data.toString()).exit);
    }

    private void logDecisions(Path log, String... plans) {
        Service service = Service.start(HttpConfig.of("127.0.0.1", 0), DecisionLogConfig.at(log),
                RuleSources.fromDirectory(Path.of(".")), TestRuleBase.TODAY).await();
        service.loaded().await();
        Vertx vertx = Vertx.vertx();
        WebClient client = WebClient.create(vertx);
        for (String plan : plans) {
            int status = client.post(service.port(), "127.0.0.1", "/v1/eligibility").putHeader("Content-Type", "application/json")
                    .sendBuffer(Buffer.buffer(TYPE_K_ON.formatted(plan))).await().statusCode();
            assertEquals(200, status);
        }
        client.close();
        vertx.close().await();
        service.stop().await();
    }

    private record Result(int exit, String out) {
    }

    private static Result replay(Path log, Path rules) {
        return run("replay", log.toString(), "--rules", rules.toString());
    }

    private static Result run(String... arguments) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new KiteiCommand()).execute(arguments);
            return new Result(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private static Path copyOfTheRepoRules(Path target) throws IOException {
        for (String root : new String[] {RuleSources.RULES_DIR, RuleSources.TABLES_DIR}) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = target.resolve(file.toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    /** The analysts' edit: the vocabulary's row of PACKET_SHARE_L (row 17) deleted, so it qualifies no more. */
    private static void dropPacketShareL(Path root) throws IOException {
        Path vocabulary = root.resolve("decision-tables/vocabulary.xlsx");
        Files.write(vocabulary, kitei.check.Workbooks.deleteRow(Files.readAllBytes(vocabulary), 17));
    }
}
