package kitei.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;
import kitei.check.AnswerSubset;
import kitei.decision.Decider;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;

/**
 * The one loop over every case file ({@code src/test/resources/kitei/<feature>/cases/*.json}): each
 * case names its request, the clauses it exercises and its expected outcome, and fails when it has
 * none. The answer must contain {@code expect.answer}; a problem must name exactly the
 * {@code expect.pointers}; the trace must cite every clause of {@code expect.traced}, and hold an entry
 * with each of {@code expect.traces} (the fields named: a parameter's effect and the row it came from).
 */
class CaseFilesTest {

    static final Path CASES = Path.of("src/test/resources/kitei");

    @TestFactory
    Stream<DynamicNode> everyCaseFile() throws IOException {
        DecisionService service = TestRuleBase.service();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CASES)) {
            files = walk.filter(p -> p.getParent().getFileName().toString().equals("cases") && p.toString().endsWith(".json"))
                    .sorted().toList();
        }
        assertTrue(files.size() > 0, "no case files under " + CASES);
        return files.stream().map(file -> container(file, service));
    }

    private static DynamicNode container(Path file, DecisionService service) {
        try {
            JsonNode document = Json.MAPPER.readTree(file.toFile());
            String endpoint = document.path("endpoint").asText();
            Decider decider = service.at(endpoint).orElseThrow(() -> new AssertionError(file + ": no endpoint " + endpoint));
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode testCase : document.path("cases")) {
                String name = testCase.path("name").asText("(unnamed)") + " " + testCase.path("clauses");
                tests.add(DynamicTest.dynamicTest(name, () -> run(service, decider, testCase)));
            }
            return DynamicContainer.dynamicContainer(CASES.relativize(file).toString(), tests.stream());
        } catch (IOException e) {
            return DynamicTest.dynamicTest(file.toString(), () -> fail("unreadable case file: " + e.getMessage()));
        }
    }

    static void run(DecisionService service, Decider decider, JsonNode testCase) {
        JsonNode expect = testCase.path("expect");
        if (!expect.has("status") || (!expect.has("answer") && !expect.has("pointers"))) {
            fail("the case has no expected outcome: give expect.status and expect.answer (or expect.pointers for a problem)");
        }
        if (!testCase.has("clauses") || testCase.path("clauses").isEmpty()) {
            fail("the case names no clause it exercises");
        }
        Reply reply = service.decide(decider, testCase.path("request"));
        JsonNode actual = Json.MAPPER.valueToTree(reply.body());
        assertEquals(expect.path("status").asInt(), reply.status(), () -> "status; answer was " + actual);
        if (expect.has("answer")) {
            List<String> differences = AnswerSubset.differences(expect.path("answer"), actual);
            assertTrue(differences.isEmpty(), () -> String.join("\n", differences) + "\nanswer was " + actual);
        }
        if (expect.has("pointers")) {
            Set<String> expected = new TreeSet<>();
            expect.path("pointers").forEach(p -> expected.add(p.asText()));
            Set<String> named = new TreeSet<>();
            actual.path("errors").forEach(e -> named.add(e.path("pointer").asText()));
            assertEquals(expected, named, () -> "problem pointers; problem was " + actual);
        }
        if (expect.has("traced")) {
            Set<String> traced = new TreeSet<>();
            actual.path("trace").forEach(entry -> traced.add(entry.path("clause").asText()));
            for (JsonNode clause : expect.path("traced")) {
                assertTrue(traced.contains(clause.asText()), () -> "clause " + clause.asText() + " is not in the trace " + traced);
            }
        }
        for (JsonNode entry : expect.path("traces")) {
            boolean found = false;
            for (JsonNode fired : actual.path("trace")) {
                found |= AnswerSubset.differences(entry, fired).isEmpty();
            }
            assertTrue(found, () -> "no trace entry has " + entry + "; the trace was " + actual.path("trace"));
        }
    }
}
