package kitei.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import kitei.engine.DecisionBudgetExceededException;
import kitei.engine.ServingRuleBase;
import kitei.input.BadInputException;
import kitei.input.FieldProblem;
import kitei.tariff.NotInForceException;

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
        if (failure instanceof JsonProcessingException malformed) {
            String where = malformed.getLocation() == null ? ""
                    : " at line " + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr();
            return Problem.badInput(List.of(new FieldProblem("", "malformed JSON" + where + ": " + malformed.getOriginalMessage())));
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
