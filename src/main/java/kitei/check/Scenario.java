package kitei.check;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row of an analysts' scenario sheet: for this request to this endpoint, this answer. What is
 * blank is not checked; {@code codes} null means "not checked", empty means "no code at all".
 */
public record Scenario(Where where, String name, String endpoint, JsonNode request, int status, String verdict,
                       List<String> codes, JsonNode answer, List<String> clauses) {
}
