package kitei.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.input.FieldProblem;

/**
 * An RFC 9457 problem document: every error kitei answers is one, never a stack trace.
 * {@code errors} names each problem of a bad request by its JSON pointer, the first
 * {@value #LISTED_ERRORS} of them; {@code errorsNotListed} counts the rest.
 * The title and status are always those of the type: a problem cannot be made with another.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors,
                      Integer errorsNotListed, List<String> loadedVersions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Enough to fix a request by; a request with thousands of problems must not get a document thousands long. */
    public static final int LISTED_ERRORS = 20;

    public Problem {
        ProblemType known = ProblemType.ofUri(type)
                .orElseThrow(() -> new IllegalArgumentException("not a problem type: " + type));
        if (known.status() != status || !known.title().equals(title)) {
            throw new IllegalArgumentException("a " + type + " problem is " + known.status() + " \"" + known.title()
                    + "\", not " + status + " \"" + title + "\"");
        }
    }

    private Problem(ProblemType type, String detail, List<FieldProblem> errors, Integer errorsNotListed, List<String> loadedVersions) {
        this(type.uri(), type.title(), type.status(), detail, errors, errorsNotListed, loadedVersions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, detail, null, null, null);
    }

    public static Problem badInput(List<FieldProblem> errors) {
        if (errors.size() > LISTED_ERRORS) {
            return new Problem(ProblemType.BAD_INPUT,
                    "the request has " + errors.size() + " problems; the first " + LISTED_ERRORS + " are listed",
                    List.copyOf(errors.subList(0, LISTED_ERRORS)), errors.size() - LISTED_ERRORS, null);
        }
        String detail = errors.size() == 1 ? "the request has a problem at " + pointerOf(errors.get(0))
                : "the request has " + errors.size() + " problems";
        return new Problem(ProblemType.BAD_INPUT, detail, errors, null, null);
    }

    /** A day before every loaded text of the tariff: the field to change, and the texts that are loaded. */
    public static Problem notInForce(String detail, FieldProblem asOf, List<String> loadedVersions) {
        return new Problem(ProblemType.TARIFF_NOT_IN_FORCE, detail, List.of(asOf), null, loadedVersions);
    }

    private static String pointerOf(FieldProblem problem) {
        return problem.pointer().isEmpty() ? "the root" : problem.pointer();
    }
}
