package kitei.problem;

import java.io.CharConversionException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import kitei.engine.DecisionBudgetExceededException;
import kitei.engine.ServingRuleBase;
import kitei.input.BadInputException;
import kitei.input.FieldProblem;
import kitei.input.MalformedJson;
import kitei.tariff.NotInForceException;

/**
 * The one place where failures become problem documents, for decisions and for every route alike:
 * each failure names its {@link ProblemType}, and the type its status. Unexpected failures are logged, never shown.
 */
public final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private ProblemMapper() {
    }

    public static Problem of(Throwable failure) {
        if (failure instanceof ProblemException typed) {
            return typed.problem();
        }
        if (failure instanceof BadInputException bad) {
            return Problem.badInput(bad.problems());
        }
        // Only a body that is no JSON (or no text Jackson can decode) is the client's fault; other I/O failures are ours.
        if (failure instanceof JsonProcessingException || failure instanceof CharConversionException) {
            return Problem.badInput(List.of(MalformedJson.of((java.io.IOException) failure)));
        }
        if (failure instanceof NotInForceException notInForce) {
            return Problem.notInForce("asOf " + notInForce.asOf() + " is before every loaded text of the tariff; loaded: "
                            + String.join(", ", notInForce.loadedVersions()) + " (the earlier texts are not loaded)",
                    new FieldProblem("/asOf", "expected a day on or after " + String.join(", ", notInForce.loadedVersions())),
                    notInForce.loadedVersions());
        }
        if (failure instanceof DecisionBudgetExceededException exceeded) {
            LOG.warn("{}", exceeded.getMessage());
            return Problem.of(ProblemType.DECISION_BUDGET_EXCEEDED, exceeded.getMessage());
        }
        if (failure instanceof ServingRuleBase.NotReadyException) {
            return notReady();
        }
        LOG.error("unexpected failure", failure);
        return Problem.of(ProblemType.INTERNAL, "the request failed unexpectedly; the failure is logged");
    }

    /** No rule base is serving yet: a decision, or anything else that needs one, waits for readiness. */
    public static Problem notReady() {
        return Problem.of(ProblemType.UNAVAILABLE, "the rule base is still loading; GET /health/ready answers 200 once it is loaded");
    }
}
