package kitei.decision;

import java.util.Locale;

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

    /** The HTTP path it answers on, named for its kind: {@code /v1/eligibility}, {@code /v1/outage-credit}. */
    default String path() {
        return "/v1/" + kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Answer decide(JsonNode request, RuleBase ruleBase, Asking asking);
}
