package kitei.workbench.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person may do on the workbench; each role may do all that the ones before it may. */
public enum Role {
    /** Sees the tariff, the tables and the history, and tries decisions. */
    VIEWER,
    /** Also uploads drafts and reads the gate's result, the scenarios, the impact and the diff. */
    EDITOR,
    /** Also publishes drafts and rolls back. */
    PUBLISHER;

    public boolean allows(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    /** The role's name as written in the users file and on the page. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> of(String word) {
        return Arrays.stream(values()).filter(role -> role.word().equals(word)).findFirst();
    }
}
