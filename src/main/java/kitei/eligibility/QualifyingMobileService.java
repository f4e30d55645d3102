package kitei.eligibility;

import kitei.engine.Conclusion;

/**
 * A mobile service the customer holds whose item category, plan or network type the vocabulary
 * (decision-tables/vocabulary.xlsx) lists as qualifying for the VPDN item of its type (A5.3–A5.5).
 */
public record QualifyingMobileService(String pointer, MobileServiceType type, String qualifier, String called)
        implements Conclusion {

    @Override
    public String effect() {
        return "IIJ Mobile Service " + type + " with " + called + " " + qualifier + " at " + pointer + " qualifies for VPDN item " + type;
    }
}
