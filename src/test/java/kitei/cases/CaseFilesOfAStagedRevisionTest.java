package kitei.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.StagedRevision;
import kitei.TestRuleBase;
import kitei.decision.Decider;
import kitei.decision.DecisionService;
import kitei.decision.Json;

/**
 * The case files of {@code src/test/resources/kitei/versions/staged/}: decisions asked on both sides of
 * a staged revision (NOTICE_DAYS 30 → 60 from 2027-04-01, {@link StagedRevision}), run by the same
 * loop as every other case file, against the repo's tables with that revision staged.
 */
class CaseFilesOfAStagedRevisionTest {

    static final Path CASES = Path.of("src/test/resources/kitei/versions/staged");

    @TestFactory
    Stream<DynamicNode> everyCaseFileOfTheStagedRevision() throws IOException {
        DecisionService service = TestRuleBase.service(StagedRevision.get());
        List<Path> files;
        try (Stream<Path> list = Files.list(CASES)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
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
                tests.add(DynamicTest.dynamicTest(testCase.path("name").asText("(unnamed)"),
                        () -> CaseFilesTest.run(service, decider, testCase)));
            }
            return DynamicContainer.dynamicContainer(file.getFileName().toString(), tests.stream());
        } catch (IOException e) {
            return DynamicTest.dynamicTest(file.toString(), () -> fail("unreadable case file: " + e.getMessage()));
        }
    }
}
