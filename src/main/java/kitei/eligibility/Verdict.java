package kitei.eligibility;

import kitei.engine.Conclusion;

/** The answer to "may this customer have this order": INELIGIBLE, CONDITIONAL (A5.7) or ELIGIBLE. */
public record Verdict(String value) implements Conclusion {

    public static final String INELIGIBLE = "INELIGIBLE";
    public static final String CONDITIONAL = "CONDITIONAL";
    public static final String ELIGIBLE = "ELIGIBLE";

    @Override
    public String effect() {
        return "verdict " + value;
    }
}
