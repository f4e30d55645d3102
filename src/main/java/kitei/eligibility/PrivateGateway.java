package kitei.eligibility;

/** The customer uses the IIJ Mobile Large-Scale Private Gateway Service. */
public record PrivateGateway(String pointer) implements Usage {

    @Override
    public String service() {
        return "LARGE_SCALE_PRIVATE_GATEWAY";
    }

    @Override
    public String qualifier() {
        return null;
    }
}
