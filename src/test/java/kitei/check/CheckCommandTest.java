package kitei.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.TestRuleBase;
import kitei.decision.Json;
import kitei.decision.Reply;

/** {@code kitei check DIR}: exit 0 on the repo, 1 with each located problem, and the impact of an edit on a decision log. */
class CheckCommandTest {

    private static final String TYPE_K_ON_FLAT_L = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_K", "plan": "FLAT_L"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_K"], "terminators": 1}]},
             "setup": {"realms": ["example.co.jp"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}
            """;

    @TempDir
    Path root;

    @Test
    void aBrokenTableExitsOneListingItsCell() throws IOException {
        copyRepo();
        Path conflicts = root.resolve("decision-tables/conflicts.xlsx");
        Files.write(conflicts, Workbooks.setCell(Files.readAllBytes(conflicts), "F15", "A14.9"));
        Run run = check(new CheckCommand());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("ERROR   decision-tables/conflicts.xlsx!Conflicts!F15: 'A14.9' is not a clause id of the tariff"), run.out());
        assertTrue(run.out().contains("REFUSED: 1 problem(s)"), run.out());
    }

    @Test
    void aRuleThatExitsIsReportedAsRefusedAtItsLine() throws IOException {
        copyRepo();
        Files.writeString(root.resolve("rules/eligibility/zz-exit.drl"), """
                package kitei.rules.eligibility;

                import kitei.eligibility.Realm;

                rule "Exits on every realm"
                    @clause("A5.6.1")
                when
                    Realm()
                then
                    System.exit(42);
                end
                """);
        Run run = check(new CheckCommand());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("ERROR   rules/eligibility/zz-exit.drl:5: rule \"Exits on every realm\" tried to end the process "
                + "(System.exit(42)) while the gate ran it"), run.out());
        assertTrue(run.out().contains("REFUSED: "), run.out());
    }

    @Test
    void replayShowsWhatAnEditWouldChangeByClause() throws IOException {
        copyRepo();
        try (Stream<Path> scenarios = Files.list(root.resolve("scenarios"))) {
            for (Path scenario : scenarios.toList()) {
                Files.delete(scenario); // the edit below is meant to change answers; here only its impact is looked at
            }
        }
        Reply before = TestRuleBase.service().decide(TestRuleBase.service().at("/v1/eligibility").orElseThrow(),
                Json.MAPPER.readTree(TYPE_K_ON_FLAT_L));
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("decisionId", "d-1").put("time", "2026-11-25T03:00:00Z").put("endpoint", "/v1/eligibility")
                .put("rulebase", TestRuleBase.get().id()).put("durationMicros", 100);
        record.set("request", Json.MAPPER.readTree(TYPE_K_ON_FLAT_L));
        ObjectNode answer = Json.MAPPER.valueToTree(before.body());
        answer.remove(java.util.List.of("decisionId", "tariff", "trace"));
        record.set("answer", answer);
        Path log = root.resolve("decisions.jsonl");
        Files.writeString(log, Json.MAPPER.writeValueAsString(record) + "\n");
        Path vocabulary = root.resolve("decision-tables/vocabulary.xlsx");
        Files.write(vocabulary, Workbooks.deleteRow(Files.readAllBytes(vocabulary), 16)); // FLAT_L no longer qualifies

        CheckCommand command = new CheckCommand();
        command.replay = log;
        Run run = check(command);
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("1 decisions replayed, 1 would change"), run.out());
        assertTrue(run.out().contains("A5.4: 1 decision(s)"), run.out());
    }

    private record Run(int exit, String out) {
    }

    private Run check(CheckCommand command) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = command.run(root, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    private void copyRepo() throws IOException {
        for (String dir : new String[] {"rules", "decision-tables", "scenarios"}) {
            try (Stream<Path> walk = Files.walk(Path.of(dir))) {
                for (Path source : walk.toList()) {
                    Path target = root.resolve(source.toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
