package kitei.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import kitei.decision.Json;
import kitei.input.FieldProblem;

class ProblemTest {

    @Test
    void aProblemCannotCarryAStatusOtherThanItsTypes() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new Problem(ProblemType.CONFLICT.uri(), "Conflict", 400, "taken", null, null, null));
        assertEquals("a urn:kitei:problem:conflict problem is 409 \"Conflict\", not 400 \"Conflict\"", wrong.getMessage());
    }

    @Test
    void aProblemCannotCarryATitleOtherThanItsTypes() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new Problem(ProblemType.CONFLICT.uri(), "Clash", 409, "taken", null, null, null));
        assertEquals("a urn:kitei:problem:conflict problem is 409 \"Conflict\", not 409 \"Clash\"", wrong.getMessage());
    }

    @Test
    void aProblemOfNoKnownTypeCannotBeMade() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> new Problem("urn:kitei:problem:teapot", "Teapot", 418, "short and stout", null, null, null));
        assertEquals("not a problem type: urn:kitei:problem:teapot", wrong.getMessage());
    }

    @Test
    void everyTypeIsFoundByItsUri() {
        Arrays.stream(ProblemType.values()).forEach(type -> assertEquals(Optional.of(type), ProblemType.ofUri(type.uri())));
    }

    @Test
    void aBareStatusIsTheFirstTypeWithIt() {
        assertEquals(ProblemType.PAYLOAD_TOO_LARGE, ProblemType.ofStatus(413));
        assertEquals(ProblemType.INTERNAL, ProblemType.ofStatus(500));
        assertEquals(ProblemType.INTERNAL, ProblemType.ofStatus(418));
    }

    @Test
    void aProblemReadBackIsTheSame() throws IOException {
        Problem problem = Problem.badInput(List.of(new FieldProblem("/asOf", "expected a day")));
        assertEquals(problem, Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(problem), Problem.class));
    }

    @Test
    void theMapperAnswersATypedFailureWithItsProblem() {
        Problem conflict = Problem.of(ProblemType.CONFLICT, "taken");
        assertEquals(conflict, ProblemMapper.of(new ProblemException(conflict)));
    }

    @Test
    void theMapperAnswersMalformedJsonAsBadInput() {
        JsonProcessingException malformed = assertThrows(JsonProcessingException.class, () -> Json.MAPPER.readTree("{"));
        Problem problem = ProblemMapper.of(malformed);
        assertEquals(ProblemType.BAD_INPUT.uri(), problem.type());
        assertEquals("", problem.errors().get(0).pointer());
    }

    @Test
    void theMapperAnswersAnyOtherIoFailureAsOurs() {
        assertEquals(Problem.of(ProblemType.INTERNAL, "the request failed unexpectedly; the failure is logged"),
                ProblemMapper.of(new IOException("disk gone")));
    }
}
