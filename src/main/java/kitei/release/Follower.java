package kitei.release;

import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jgit.lib.ObjectId;

import kitei.check.Issue;

/** What a fleet instance does with the shared head it fetched: gate it, and activate it if it passes. */
@FunctionalInterface
public interface Follower {

    /** Gates and activates {@code head}; the answer says whether it is now serving, or why not. */
    Followed follow(ObjectId head, String trigger);

    /** Through the life cycle of {@code releases}; {@code activated} hears of each release that begins to serve. */
    static Follower of(Releases releases, Consumer<Release> activated) {
        return (head, trigger) -> {
            Releases.Followed followed = releases.follow(head, trigger);
            if (followed.accepted()) {
                if (!followed.unchanged()) {
                    activated.accept(followed.release());
                }
                return Followed.active();
            }
            return Followed.refused(followed.result().errors().stream().map(Issue::toString).collect(Collectors.joining("; ")));
        };
    }

    /** The outcome of following a head: serving it, or refused with the reason (the gate's problems, in one line). */
    record Followed(boolean serving, String reason) {

        public static Followed active() {
            return new Followed(true, null);
        }

        public static Followed refused(String reason) {
            return new Followed(false, reason);
        }
    }
}
