package kitei.problem;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of problem kitei answers with, each with its stable type URI and HTTP status. */
public enum ProblemType {
    BAD_INPUT(400, "Bad input"),
    UNAUTHORIZED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    CONFLICT(409, "Conflict"),
    PAYLOAD_TOO_LARGE(413, "Request body too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    TARIFF_NOT_IN_FORCE(422, "No loaded tariff text is in force on that day"),
    RULE_BASE_REFUSED(422, "Rule base refused"),
    HEADERS_TOO_LARGE(431, "Request headers too large"),
    INTERNAL(500, "Internal error"),
    /** A rule looped (fired, inserted or ran past the decision's budget): a fault of the rule base, not of the request. */
    DECISION_BUDGET_EXCEEDED(500, "Decision budget exceeded"),
    UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return "urn:kitei:problem:" + name().toLowerCase().replace('_', '-');
    }

    /** The type a problem document names by its URI. */
    public static Optional<ProblemType> ofUri(String uri) {
        return Arrays.stream(values()).filter(type -> type.uri().equals(uri)).findFirst();
    }

    /**
     * The type for a bare status, as Vert.x's own handlers fail with (a body over its limit: 413, a
     * timeout: 503): the first type with that status, or {@link #INTERNAL} for a status no type has.
     */
    public static ProblemType ofStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst().orElse(INTERNAL);
    }
}
