package kitei.eligibility;

import kitei.engine.Conclusion;

/** A customer obligation of A5.6 already met, named as in the request's {@code setup} (or {@code realms}). */
public record SetupDone(String item) implements Conclusion {

    @Override
    public String effect() {
        return "set-up done: " + item;
    }
}
