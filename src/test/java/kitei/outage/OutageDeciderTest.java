package kitei.outage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;

class OutageDeciderTest {

    private final DecisionService service = TestRuleBase.service();

    private JsonNode roundTripped(String request) throws IOException {
        Reply reply = service.decide(service.at("/v1/outage-credit").orElseThrow(), Json.MAPPER.readTree(request));
        assertEquals(200, reply.status());
        // The decision log and batch take answers through a Jackson tree, which strips BigDecimal zeros.
        return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(Json.MAPPER.valueToTree(reply.body())));
    }

    @Test
    void writesWholeHoursAndAmountsAsJsonIntegers() throws IOException {
        JsonNode answer = roundTripped("""
                {"monthlyFee": 10010, "providerAtFault": true,
                 "knownAt": "2026-05-01T00:00:00+09:00", "restoredAt": "2026-05-03T02:00:00+09:00"}""");
        assertTrue(answer.path("unavailableHours").isIntegralNumber(), () -> "unavailableHours " + answer.path("unavailableHours"));
        assertEquals("50", answer.path("unavailableHours").toString());
        assertTrue(answer.path("amount").isIntegralNumber());
        assertEquals(667, answer.path("amount").asLong());
    }

    @Test
    void writesFractionalHoursAsADecimal() throws IOException {
        JsonNode answer = roundTripped("""
                {"monthlyFee": 30000, "providerAtFault": true,
                 "knownAt": "2026-05-01T10:00:00+09:00", "restoredAt": "2026-05-03T13:30:00+09:00"}""");
        assertEquals("51.5", answer.path("unavailableHours").toString());
    }

    @Test
    void aLateClaimIsCreditedNothingByARuleThatTheTraceNames() throws IOException {
        JsonNode answer = claimedOn("2026-04-11");
        assertEquals(0, answer.path("amount").asLong());
        assertEquals(3, answer.path("creditedDays").asLong());
        assertEquals(List.of("A12 | A late claim is credited nothing: the right to the reduction is lost | credited 0 yen"),
                fired(answer, "credited"));
    }

    @Test
    void aClaimInTimeIsCreditedInFullByARuleThatTheTraceNames() throws IOException {
        JsonNode answer = claimedOn("2026-04-10");
        assertEquals(3000, answer.path("amount").asLong());
        assertEquals(List.of("App3 | A reduction not lost to a late claim is credited in full | credited 3000 yen"),
                fired(answer, "credited"));
    }

    /** Three credited days of a 30,000 yen fee, claimable from 2026-01-10, deadline 2026-04-10. */
    private JsonNode claimedOn(String claimDate) throws IOException {
        return roundTripped("""
                {"monthlyFee": 30000, "providerAtFault": true, "claimDate": "%s",
                 "knownAt": "2026-01-09T10:00:00+09:00", "restoredAt": "2026-01-12T10:00:00+09:00"}""".formatted(claimDate));
    }

    private static List<String> fired(JsonNode answer, String effectStart) {
        List<String> fired = new ArrayList<>();
        for (JsonNode entry : answer.path("trace")) {
            if (entry.path("effect").asText().startsWith(effectStart)) {
                fired.add(entry.path("clause").asText() + " | " + entry.path("rule").asText() + " | " + entry.path("effect").asText());
            }
        }
        return fired;
    }
}
