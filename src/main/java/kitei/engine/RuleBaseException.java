package kitei.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A rule base that could not be built; the rule base already serving, if any, keeps serving. */
public final class RuleBaseException extends RuntimeException {

    private final List<BuildProblem> problems;

    public RuleBaseException(List<BuildProblem> problems) {
        super("the rule base was refused:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BuildProblem> problems() {
        return problems;
    }
}
