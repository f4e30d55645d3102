package kitei.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import kitei.engine.DecisionBudgetExceededException;
import kitei.engine.ServingRuleBase;
import kitei.input.BadInputException;
import kitei.input.FieldProblem;
import kitei.input.MalformedJson;
import kitei.tariff.NotInForceException;

import java.io.IOException;
import java.util.List;

/** The one place where failures become problem documents. Unexpected failures are logged, never shown. */
public final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private ProblemMapper() {
    }

    public static Problem of(Throwable failure) {
        if (failure instanceof BadInputException bad) {
            return Problem.badInput(bad.problems());
        }
        if (failure instanceof IOException unreadable) {
            return Problem.badInput(List.of(MalformedJson.of(unreadable)));
        }
        if (failure instanceof NotInForceException notInForce) {
            return new Problem(ProblemType.TARIFF_NOT_IN_FORCE.uri(), ProblemType.TARIFF_NOT_IN_FORCE.title(), 422,
                    "asOf " + notInForce.asOf() + " is before every loaded text of the tariff; loaded: "
                            + String.join(", ", notInForce.loadedVersions()) + " (the earlier texts are not loaded)",
                    List.of(new FieldProblem("/asOf", "expected a day on or after " + String.join(", ", notInForce.loadedVersions()))),
                    notInForce.loadedVersions());
        }
        if (failure instanceof DecisionBudgetExceededException exceeded) {
            LOG.warn("{}", exceeded.getMessage());
            return Problem.of(ProblemType.DECISION_BUDGET_EXCEEDED, exceeded.getMessage());
        }
        if (failure instanceof ServingRuleBase.NotReadyException) {
            return Problem.of(ProblemType.UNAVAILABLE, "the rule base is still loading; GET /health/ready answers 200 once it is loaded");
        }
        LOG.error("unexpected failure while deciding", failure);
        return Problem.of(ProblemType.INTERNAL, "the decision failed unexpectedly; the failure is logged");
    }
}
