package kitei.outage;

import kitei.engine.Conclusion;

/** No fee reduction is due (A12), and why. */
public record NoReduction(String because) implements Conclusion {

    @Override
    public String effect() {
        return "no reduction: " + because;
    }
}
