package kitei.eligibility;

/** A mobile service the customer holds, with its item category, plan or network type as {@code qualifier}. */
public record MobileService(String pointer, MobileServiceType type, String qualifier) implements Usage {

    @Override
    public String service() {
        return "MOBILE_" + type.name();
    }
}
