package kitei.release.diff;

/** What happened to a file, a scenario or a parameter between two releases. */
public enum Change {
    ADDED, REMOVED, CHANGED,
    /** The file is there on both sides but could not be compared (unreadable, or past a bound); the reason says why. */
    NOT_COMPARED
}
