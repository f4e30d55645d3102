package kitei.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.input.FieldProblem;

/**
 * An RFC 9457 problem document: every error kitei answers is one, never a stack trace.
 * {@code errors} names each problem of a bad request by its JSON pointer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors,
                      List<String> loadedVersions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null);
    }

    public static Problem badInput(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? "the request has a problem at " + pointerOf(errors.get(0))
                : "the request has " + errors.size() + " problems";
        return new Problem(ProblemType.BAD_INPUT.uri(), ProblemType.BAD_INPUT.title(), 400, detail, errors, null);
    }

    private static String pointerOf(FieldProblem problem) {
        return problem.pointer().isEmpty() ? "the root" : problem.pointer();
    }
}
