package kitei.changes;

import kitei.engine.Conclusion;

/** Why a change is refused (A7): {@code CHANGE_NOT_DESIGNATED} or {@code NO_SUCH_CONTRACT}. */
public record ChangeViolation(String code, String subject, String message, String remedy) implements Conclusion {

    @Override
    public String effect() {
        return "violation " + code + " at " + subject;
    }
}
