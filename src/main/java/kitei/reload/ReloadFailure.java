package kitei.reload;

/** A failure during a reload in the operator's words: what ran out, not a class name alone. */
final class ReloadFailure {

    private ReloadFailure() {
    }

    static String reason(Throwable failed) {
        String detail = failed.getClass().getSimpleName() + (failed.getMessage() == null ? "" : ": " + failed.getMessage());
        if (failed instanceof OutOfMemoryError) {
            return "the check ran out of memory (" + detail + "); the candidate is too large for this service's heap";
        }
        if (failed instanceof StackOverflowError) {
            return "the check recursed too deeply (" + detail + ")";
        }
        return detail;
    }
}
