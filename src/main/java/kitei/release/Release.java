package kitei.release;

import java.time.Instant;
import java.util.Objects;

/**
 * One release: a commit of the release history whose tree is a complete, gated set of rule sources.
 * Its id is the commit's abbreviated SHA; {@code gate} is the gate's summary as recorded with it.
 */
public record Release(String id, String commit, String rulebase, String author, Instant time, String note, String gate) {

    public static final int ID_LENGTH = 12;

    public Release {
        Objects.requireNonNull(commit, "commit");
        if (!commit.matches("[0-9a-f]{40}")) {
            throw new IllegalArgumentException("not a commit SHA: " + commit);
        }
    }

    static String idOf(String commit) {
        return commit.substring(0, ID_LENGTH);
    }
}
