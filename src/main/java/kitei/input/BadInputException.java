package kitei.input;

import java.util.List;

/** A request that could not be read; every problem is listed, not just the first. */
public final class BadInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public BadInputException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).detail() : problems.size() + " problems in the request");
        this.problems = List.copyOf(problems);
    }

    public static BadInputException of(String pointer, String detail) {
        return new BadInputException(List.of(new FieldProblem(pointer, detail)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
