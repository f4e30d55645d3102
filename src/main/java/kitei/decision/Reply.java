package kitei.decision;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a decision endpoint answers: a status and a body, an answer or a problem document, with
 * the request as read (null when it was no JSON).
 */
public record Reply(int status, Object body, JsonNode request) {

    public boolean isProblem() {
        return status != 200;
    }
}
