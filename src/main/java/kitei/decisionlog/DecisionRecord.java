package kitei.decisionlog;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of the decision log: which decision, when, on which endpoint and rule base, how long it
 * took, the request as received and the answer without its trace.
 */
public record DecisionRecord(String decisionId, Instant time, String endpoint, String rulebase, long durationMicros,
                             JsonNode request, JsonNode answer) {
}
