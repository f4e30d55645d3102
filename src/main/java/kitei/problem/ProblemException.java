package kitei.problem;

/**
 * A failure a route raises, already typed: the problem it answers with. Routes throw it, or fail
 * their context with it; {@link ProblemMapper} turns it, like every other failure, into the document.
 */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public Problem problem() {
        return problem;
    }
}
