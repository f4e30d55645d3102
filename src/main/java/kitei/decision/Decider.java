package kitei.decision;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.engine.RuleBase;
import kitei.tariff.DecisionKind;

/**
 * One kind of decision: reads its request, asks the rules, and answers. Throws
 * {@link kitei.input.BadInputException} for a request it cannot read and
 * {@link kitei.tariff.NotInForceException} for a day no loaded text covers.
 */
public interface Decider {

    DecisionKind kind();

    /** The HTTP path it answers on, such as {@code /v1/eligibility}. */
    String path();

    Answer decide(JsonNode request, RuleBase ruleBase, Asking asking);
}
