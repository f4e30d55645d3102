package kitei.workbench.users;

import java.util.Objects;
import java.util.regex.Pattern;

/** One person of the users file: a name, a role, and the bcrypt hash of the password. */
public record User(String name, Role role, String hash) {

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public User {
        Objects.requireNonNull(role, "role");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid user name: '" + name
                    + "' (1 to 64 letters, digits, '.', '_', '@', '-')");
        }
        if (hash == null || !Passwords.isHash(hash)) {
            throw new IllegalArgumentException("the password of '" + name + "' is not a bcrypt hash; make one with: kitei user add");
        }
    }

    /** The user's line in the users file. */
    public String line() {
        return name + ":" + role.word() + ":" + hash;
    }
}
