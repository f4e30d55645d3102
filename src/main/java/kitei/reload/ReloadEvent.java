package kitei.reload;

import java.time.Instant;
import java.util.List;

import kitei.check.Issue;

/**
 * What one reload attempt came to: a candidate accepted and now serving, refused (with its located
 * problems; the rule base serving before keeps serving), or unchanged (the same content as serving).
 * {@code release} is the release serving after the attempt.
 */
public record ReloadEvent(Instant at, String trigger, Outcome outcome, String candidateId, String servingId,
                          List<Issue> problems, long millis, String release) {

    public enum Outcome {
        ACCEPTED,
        REFUSED,
        UNCHANGED
    }

    public ReloadEvent {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
