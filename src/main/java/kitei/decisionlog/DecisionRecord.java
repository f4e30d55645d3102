package kitei.decisionlog;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of the decision log: which decision, when, on which endpoint and rule base, how long it
 * took, the request as read, and the answer exactly as it was sent (trace included), kept as the
 * JSON text of the response so that logging it costs no second serialization.
 */
public record DecisionRecord(String decisionId, Instant time, String endpoint, String rulebase, long durationMicros,
                             JsonNode request, @JsonRawValue String answer) {
}
