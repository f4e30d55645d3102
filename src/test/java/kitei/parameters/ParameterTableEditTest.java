package kitei.parameters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.StagedRevision;
import kitei.TestRuleBase;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;

/**
 * An analyst's edit of decision-tables/parameters.xlsx (NOTICE_DAYS 30 → 45, typed as a number as
 * Excel would store it) changes the answers, with no change to any code.
 */
class ParameterTableEditTest {

    private static final String TABLE = "decision-tables/parameters.xlsx";
    private static final String EXAMPLE = """
            {"asOf": "2026-02-20", "subject": "CONTRACT", "type": "GROUP", "billingStartDate": "2026-03-01",
             "monthlyFee": 10000, "noticeReceivedDate": "2026-02-20", "requestedEffectiveDate": null, "reason": "CUSTOMER"}""";

    private static RuleBase edited;

    @BeforeAll
    static void buildFromAnEditedCopyOfTheTable() throws IOException {
        RuleSources shipped = RuleSources.fromDirectory(Path.of("."));
        edited = new RuleBaseBuilder().build(shipped.with(TABLE, StagedRevision.withParameter(shipped.files().get(TABLE), "NOTICE_DAYS", 45)));
    }

    @Test
    void theShippedTableGivesThirtyDays() throws IOException {
        JsonNode answer = decide(TestRuleBase.service(), EXAMPLE);
        assertEquals("2026-03-22", answer.path("effectiveDate").asText());
        assertEquals(2903, answer.path("earlyTermination").path("amount").asLong());
        assertTrue(traced(answer, "parameter NOTICE_DAYS = 30 days"));
    }

    @Test
    void fortyFiveNoticeDaysMoveTheEffectiveDateAndClearTheCharge() throws IOException {
        JsonNode answer = decide(TestRuleBase.service(edited), EXAMPLE);
        assertEquals("2026-04-06", answer.path("effectiveDate").asText());
        assertEquals("2026-03-31", answer.path("minimumPeriodEnd").asText());
        assertEquals(false, answer.path("earlyTermination").path("applies").asBoolean());
        assertEquals(0, answer.path("earlyTermination").path("amount").asLong());
        assertTrue(traced(answer, "parameter NOTICE_DAYS = 45 days"), () -> "trace was " + answer.path("trace"));
    }

    @Test
    void fortyFiveNoticeDaysShortenTheRemainderOfALaterPeriod() throws IOException {
        String request = EXAMPLE.replace("\"2026-03-01\"", "\"2026-03-15\"");
        assertEquals(23, decide(TestRuleBase.service(), request).path("earlyTermination").path("remainderDays").asInt());
        JsonNode answer = decide(TestRuleBase.service(edited), request);
        assertEquals("2026-04-06", answer.path("effectiveDate").asText());
        assertEquals(8, answer.path("earlyTermination").path("remainderDays").asInt());
        assertEquals(2580, answer.path("earlyTermination").path("amount").asLong());
    }

    @Test
    void theOptionsNoticeDaysAreTheirOwnRowAndStayThirty() throws IOException {
        String option = EXAMPLE.replace("\"CONTRACT\"", "\"OPTION\"").replace("\"GROUP\"", "\"LOAD_BALANCING\"");
        assertEquals("2026-03-22", decide(TestRuleBase.service(edited), option).path("effectiveDate").asText());
    }

    @Test
    void theEditedRuleBaseIsNamedByItsNewContent() {
        assertNotEquals(TestRuleBase.get().id(), edited.id());
    }

    private static JsonNode decide(DecisionService service, String request) throws IOException {
        Reply reply = service.decide(service.at("/v1/cancellation").orElseThrow(), Json.MAPPER.readTree(request));
        JsonNode answer = Json.MAPPER.valueToTree(reply.body());
        assertEquals(200, reply.status(), () -> "answer was " + answer);
        return answer;
    }

    private static boolean traced(JsonNode answer, String effect) {
        for (JsonNode entry : answer.path("trace")) {
            if (entry.path("effect").asText().equals(effect)) {
                return true;
            }
        }
        return false;
    }
}
