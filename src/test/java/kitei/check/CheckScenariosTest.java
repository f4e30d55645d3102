package kitei.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import kitei.TestRuleBase;

/** Every analysts' scenario in scenarios/*.xlsx, one test each, on the repo's rule base. */
class CheckScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        ScenarioBook.Read read = ScenarioBook.fromDirectory(Path.of("."));
        assertTrue(read.issues().stream().noneMatch(Issue::isError), () -> "unreadable scenarios: " + read.issues());
        assertFalse(read.scenarios().isEmpty(), "no scenarios under scenarios/");
        List<ScenarioResult> results = new ScenarioRunner(TestRuleBase.TODAY).run(TestRuleBase.get(), read.scenarios());
        return results.stream().map(result -> DynamicTest.dynamicTest(result.scenario().where() + " " + result.scenario().name(),
                () -> assertTrue(result.passed(), result::toString)));
    }
}
