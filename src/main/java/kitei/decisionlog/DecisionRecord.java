package kitei.decisionlog;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Answer;

/**
 * One line of the decision log: which decision, when, on which endpoint, rule base and release, how long it
 * took, the request as read, and the answer as it was sent but without its trace (the rule base id
 * and the rules in git say which rules those were; replay needs only the conclusions). The answer is
 * written by the log's own thread, so the event loop spends nothing on it.
 */
public record DecisionRecord(String decisionId, Instant time, String endpoint, String rulebase,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String release, long durationMicros,
                             JsonNode request, Answer answer) {
}
