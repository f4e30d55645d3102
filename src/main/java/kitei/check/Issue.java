package kitei.check;

/** One thing the gate found: an error refuses the candidate, a warning is reported and lets it through. */
public record Issue(Severity severity, Where where, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Issue error(Where where, String message) {
        return new Issue(Severity.ERROR, where, message);
    }

    public static Issue warning(Where where, String message) {
        return new Issue(Severity.WARNING, where, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return where + ": " + (isError() ? "" : "warning: ") + message;
    }
}
