package kitei.workbench.change;

import java.time.Instant;
import java.util.Map;

import kitei.check.Gate;
import kitei.decisionlog.Replay;
import kitei.release.diff.ReleaseDiff;

/**
 * Edited workbooks uploaded as a candidate, and what checking them found: the gate's result (problems,
 * warnings, scenarios), the cell diff against the release it was made on, and its impact on the
 * logged decisions (only once the gate passed: a refused candidate's rules never run here).
 */
record Draft(String id, String author, Instant created, String base, Map<String, byte[]> files, Status status,
             Gate.Result result, ReleaseDiff diff, Replay.Report impact, String impactNote, String failure) {

    enum Status {
        CHECKING,
        CHECKED,
        FAILED,
        PUBLISHED
    }

    Draft {
        files = Map.copyOf(files);
    }

    static Draft checking(String id, String author, Instant created, String base, Map<String, byte[]> files) {
        return new Draft(id, author, created, base, files, Status.CHECKING, null, null, null, null, null);
    }

    Draft checked(Gate.Result gated, ReleaseDiff cells, Replay.Report replayed, String note) {
        return new Draft(id, author, created, base, files, Status.CHECKED, gated, cells, replayed, note, null);
    }

    Draft failed(String why) {
        return new Draft(id, author, created, base, files, Status.FAILED, null, null, null, null, why);
    }

    Draft published() {
        return new Draft(id, author, created, base, files, Status.PUBLISHED, result, diff, impact, impactNote, failure);
    }

    boolean accepted() {
        return status == Status.CHECKED && result.accepted();
    }
}
