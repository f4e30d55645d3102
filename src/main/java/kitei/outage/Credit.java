package kitei.outage;

import kitei.engine.Conclusion;

/**
 * What the customer is credited for an outage: the reduction in full (App3), or nothing once a
 * late claim has lost the right to it (A12), and why.
 */
public record Credit(long amount, String because) implements Conclusion {

    public static Credit inFull(Reduction reduction) {
        return new Credit(reduction.amount(), reduction.effect());
    }

    public static Credit lost(ClaimTimeliness late) {
        if (late.inTime()) {
            throw new IllegalArgumentException("a claim in time loses nothing: " + late.effect());
        }
        return new Credit(0, late.effect());
    }

    @Override
    public String effect() {
        return "credited " + amount + " yen";
    }
}
