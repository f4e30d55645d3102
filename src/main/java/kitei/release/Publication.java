package kitei.release;

import java.time.Instant;
import java.util.List;

import kitei.check.Issue;

/**
 * One publication as its client polls it: queued, running, then {@code ACTIVE} (the release serving
 * it) or {@code REFUSED} (the located problems; the release before keeps serving). Never unknown.
 */
public record Publication(String id, String trigger, Status status, Instant queued, Instant ended, String release,
                          List<Issue> problems, List<Issue> warnings, String detail) {

    public enum Status {
        QUEUED,
        RUNNING,
        ACTIVE,
        REFUSED
    }

    public Publication {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    static Publication queued(String id, String trigger, Instant at) {
        return new Publication(id, trigger, Status.QUEUED, at, null, null, List.of(), List.of(), null);
    }

    Publication running() {
        return new Publication(id, trigger, Status.RUNNING, queued, null, null, List.of(), List.of(), null);
    }

    Publication active(Instant at, String servingRelease, List<Issue> warningsFound, String why) {
        return new Publication(id, trigger, Status.ACTIVE, queued, at, servingRelease, List.of(), warningsFound, why);
    }

    Publication refused(Instant at, List<Issue> problemsFound, String why) {
        return new Publication(id, trigger, Status.REFUSED, queued, at, null, problemsFound, List.of(), why);
    }

    public boolean done() {
        return status == Status.ACTIVE || status == Status.REFUSED;
    }
}
