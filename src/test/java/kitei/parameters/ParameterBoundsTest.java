package kitei.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kitei.TestRuleBase;
import kitei.cases.CaseRequest;
import kitei.check.Gate;
import kitei.check.ScenarioBook;
import kitei.decision.DecisionService;
import kitei.decision.Reply;
import kitei.engine.RuleSources;

/**
 * Whatever value the gate lets through, the engine answers with: each parameter at the lower and at
 * the upper bound of its {@link Declaration} (and each choice of a method or rounding), accepted by the
 * gate, then every request of every case file, of every decision kind, answered without a 500.
 */
class ParameterBoundsTest {

    private static final String TABLE = "decision-tables/parameters.xlsx";
    private static final RuleSources REPO = RuleSources.fromDirectory(Path.of("."));

    /** Four settings: all low, all high, and the two alternations, so each bound meets both bounds of the others. */
    static Stream<Arguments> settings() {
        return Stream.of(
                Arguments.of("every parameter at its lower bound", setting(i -> true)),
                Arguments.of("every parameter at its upper bound", setting(i -> false)),
                Arguments.of("odd parameters low, even high", setting(i -> i % 2 == 1)),
                Arguments.of("even parameters low, odd high", setting(i -> i % 2 == 0)));
    }

    private static Map<String, String> setting(java.util.function.IntPredicate low) {
        Map<String, String> values = new LinkedHashMap<>();
        int choiceTurn = low.test(0) ? 0 : 1;
        for (int i = 0; i < Declarations.ALL.size(); i++) {
            Declaration declared = Declarations.ALL.get(i);
            if (declared.isChoice()) {
                List<String> choices = declared.choiceNames();
                values.put(declared.name(), choices.get((i + choiceTurn) % choices.size()));
            } else {
                values.put(declared.name(), String.valueOf(low.test(i) ? declared.min() : declared.max()));
            }
        }
        return values;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void everyDecisionKindAnswersWithoutA500(String name, Map<String, String> values) {
        Gate.Result gated = new Gate(TestRuleBase.TODAY).check(REPO.with(TABLE, withValues(REPO.files().get(TABLE), values)),
                ScenarioBook.Read.none(), null);
        assertTrue(gated.accepted(), () -> "the gate refused " + values + ": " + gated.errors());
        DecisionService service = TestRuleBase.service(gated.candidate());
        Set<String> kinds = new TreeSet<>();
        for (CaseRequest request : CaseRequest.fromCaseFiles()) {
            Reply reply = service.decide(service.at(request.endpoint()).orElseThrow(), request.request());
            assertNotEquals(500, reply.status(), () -> request + " with " + values + " answered " + reply.body());
            if (reply.status() == 200) {
                kinds.add(request.endpoint());
            }
        }
        assertEquals(Set.of("/v1/eligibility", "/v1/cancellation", "/v1/outage-credit", "/v1/changes", "/v1/charges"), kinds,
                "every decision kind answered at least once");
    }

    private static byte[] withValues(byte[] workbook, Map<String, String> values) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet("Parameters");
            DataFormatter format = new DataFormatter();
            int set = 0;
            for (Row row : sheet) {
                String value = row.getCell(1) == null ? null : values.get(format.formatCellValue(row.getCell(1)).trim());
                if (value != null) {
                    row.getCell(2).setCellValue(value);
                    set++;
                }
            }
            assertEquals(values.size(), set, "every declared parameter has its row");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
