package kitei.http;

import com.fasterxml.jackson.databind.JsonNode;

/** The outcome label a decision is counted under in the metrics, read from its answer. */
final class Outcomes {

    private Outcomes() {
    }

    static String of(JsonNode answer) {
        if (answer.hasNonNull("verdict")) {
            return answer.get("verdict").asText();
        }
        if (answer.has("eligible")) {
            return answer.get("eligible").asBoolean() ? "ELIGIBLE" : "NOT_ELIGIBLE";
        }
        JsonNode early = answer.path("earlyTermination");
        if (early.has("applies")) {
            return early.get("applies").asBoolean() ? "CHARGED" : "NOT_CHARGED";
        }
        return "ANSWERED";
    }
}
