package kitei.release;

import org.eclipse.jgit.lib.ObjectId;

/** What a fleet instance does with the shared head it fetched: gate it, and activate it if it passes. */
@FunctionalInterface
public interface Follower {

    /** Gates and activates {@code head}; the answer says whether it is now serving, or why not. */
    Followed follow(ObjectId head, String trigger);

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
