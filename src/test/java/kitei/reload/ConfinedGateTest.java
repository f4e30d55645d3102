package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;
import kitei.check.Gate;
import kitei.check.Issue;
import kitei.check.ScenarioBook;
import kitei.check.confined.ConfinedGate;
import kitei.engine.RuleSources;

/**
 * The gate runs a candidate's rules in a process of its own: a rule that exits, writes a file, loops
 * or exhausts the heap is refused with the reason, and the service that gated it keeps serving.
 */
class ConfinedGateTest {

    private static final String DRL = "rules/eligibility/zz-candidate.drl";
    private static final String HEADER = """
            package kitei.rules.eligibility;

            import kitei.eligibility.Realm;

            """;
    private static final String ELIGIBLE = """
            {"asOf": "2026-11-25",
             "customer": {"mobileServices": [{"service": "TYPE_D", "itemCategory": "I"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_D"], "terminators": 1}]},
             "setup": {"realms": ["example.co.jp"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}
            """;

    private static TempProject project;
    private static String original;

    @BeforeAll
    static void start() throws Exception {
        project = TempProject.start();
        original = project.servingId();
    }

    @AfterAll
    static void stop() throws Exception {
        project.close();
    }

    @Test
    void aRuleBaseLoadedFromTheGatesKjarStillNamesDrlLinesAndTableRows() {
        // The service's first load went through the gate's process: it serves the kjar compiled there.
        JsonNode trace = project.decide("/v1/eligibility", ReloadServiceTest.TYPE_K_ON_OTHER_PLAN).body().path("trace");
        List<String> sources = new java.util.ArrayList<>();
        trace.forEach(entry -> sources.add(entry.path("source").asText()));
        assertTrue(sources.contains("rules/tariff/sp-supplementary-provisions.drl:9"), sources::toString);
        assertTrue(sources.contains("decision-tables/vpdn-prerequisites.xlsx!Prerequisites!row 15"), sources::toString);
    }

    @Test
    void aRuleThatExitsOrWritesAFileIsRefusedAtItsLineAndNothingIsWritten() throws Exception {
        Path written = project.root.resolve("written-by-a-rule.txt");
        JsonNode refusal = refusalOf(HEADER + """
                rule "Exits on every realm, and hides it"
                    @clause("A5.6.1")
                when
                    Realm()
                then
                    try { System.exit(42); } catch (SecurityException hidden) { }
                end

                rule "Writes a file on every realm"
                    @clause("A5.6.1")
                when
                    Realm()
                then
                    java.nio.file.Files.writeString(java.nio.file.Path.of("%s"), "written");
                end
                """.formatted(written));

        assertTrue(refusal.toString().contains("{\"at\":\"" + DRL + ":5\",\"message\":\"rule \\\"Exits on every realm, and hides it\\\" "
                + "tried to end the process (System.exit(42)) while the gate ran it;"), refusal::toString);
        assertTrue(refusal.toString().contains("{\"at\":\"" + DRL + ":13\",\"message\":\"rule \\\"Writes a file on every realm\\\" "
                + "tried to write " + written + " while the gate ran it;"), refusal::toString);
        assertFalse(Files.exists(written), "the rule wrote " + written);
        assertEquals(original, project.servingId());
        assertEquals(200, project.decide("/v1/eligibility", ELIGIBLE).status());
    }

    @Test
    void aRuleThatReFiresOnEveryInputIsRefusedByTheFiringLimit() throws Exception {
        JsonNode refusal = refusalOf(HEADER + """
                rule "Counts without end on every realm"
                    @clause("A5.6.1")
                when
                    Realm()
                    $count : java.util.concurrent.atomic.AtomicLong()
                then
                    insert(new java.util.concurrent.atomic.AtomicLong($count.get() + 1));
                end

                rule "Counting starts on every realm"
                    @clause("A5.6.1")
                when
                    Realm()
                then
                    insert(new java.util.concurrent.atomic.AtomicLong(0));
                end
                """);

        assertTrue(refusal.toString().contains("got 500 (the decision was stopped: it "), refusal::toString);
        assertTrue(refusal.toString().contains("(" + DRL + ":"), refusal::toString);
        assertEquals(200, project.decide("/v1/eligibility", ELIGIBLE).status());
    }

    @Test
    void aRuleThatNeverEndsIsRefusedWhenItsCheckTimesOut() {
        Duration limit = Duration.ofSeconds(45);
        List<Issue> issues = gate(new ConfinedGate.Limits("256m", limit, Duration.ofSeconds(5)), HEADER + """
                rule "Spins on every realm"
                    @clause("A5.6.1")
                when
                    Realm()
                then
                    while (true) { Thread.onSpinWait(); }
                end
                """);

        assertEquals(List.of("(rule base): the candidate's check timed out after " + limit.toSeconds() + " s and was stopped "
                + "(a rule that never ends, for example one that loops on every input?); nothing of it serves"), texts(issues));
        assertEquals(200, project.decide("/v1/eligibility", ELIGIBLE).status());
    }

    @Test
    void aRuleThatExhaustsTheHeapIsRefused() {
        List<Issue> issues = gate(new ConfinedGate.Limits("256m", Duration.ofSeconds(120), Duration.ofSeconds(5)), HEADER + """
                rule "Hoards memory on every realm"
                    @clause("A5.6.1")
                when
                    Realm()
                then
                    java.util.List hoard = new java.util.ArrayList();
                    while (true) { hoard.add(new long[1_000_000]); }
                end
                """);

        assertEquals(List.of("(rule base): the candidate's check ran out of memory (its process may use 256m; "
                + "a rule that builds facts or strings without end?); nothing of it serves"), texts(issues));
        assertEquals(200, project.decide("/v1/eligibility", ELIGIBLE).status());
    }

    /** Saves the DRL beside the project's rules, waits for the watcher's reload to refuse it, and takes it away again. */
    private static JsonNode refusalOf(String drl) throws Exception {
        Path file = project.root.resolve(DRL);
        long refusedBefore = project.ruleBase().body().path("counts").path("refused").asLong();
        try {
            Files.writeString(file, drl);
            waitFor(() -> project.ruleBase().body().path("counts").path("refused").asLong() > refusedBefore);
            return project.ruleBase().body().path("lastRefusal").path("problems");
        } finally {
            Files.delete(file);
        }
    }

    private static List<Issue> gate(ConfinedGate.Limits limits, String drl) {
        RuleSources candidate = RuleSources.fromDirectory(project.root).with(DRL, drl.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Gate.Result result = Gate.confined(TestRuleBase.TODAY, limits).check(candidate, ScenarioBook.fromDirectory(project.root), null);
        assertFalse(result.accepted());
        return result.errors();
    }

    private static List<String> texts(List<Issue> issues) {
        return issues.stream().map(Issue::toString).toList();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 3 minutes in vain");
            }
            Thread.sleep(200);
        }
    }
}
