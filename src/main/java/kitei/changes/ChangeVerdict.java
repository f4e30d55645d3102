package kitei.changes;

import kitei.engine.Conclusion;

/** ALLOWED or REFUSED (A7). */
public record ChangeVerdict(String value) implements Conclusion {

    public static final String ALLOWED = "ALLOWED";
    public static final String REFUSED = "REFUSED";

    @Override
    public String effect() {
        return "change " + value;
    }
}
