package kitei.tariff;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which tariff text, which rule base and which release answered: carried by every decision. The
 * release is absent only where no release history exists (tools and tests that build a rule base directly).
 */
public record TariffRef(String id, String version, String rulebase,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String release) {

    public TariffRef(String id, String version, String rulebase) {
        this(id, version, rulebase, null);
    }
}
