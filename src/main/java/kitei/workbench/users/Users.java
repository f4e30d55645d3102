package kitei.workbench.users;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's users, from a file the operator manages: one {@code name:role:bcrypt-hash} per
 * line, {@code #} starts a comment. The file is read again when it changes, so that removing a
 * person or changing a role takes effect at their next request; a file that no longer reads keeps
 * the last good one in force (and says so in the log). Without a file, everyone is a viewer.
 */
public final class Users {

    private static final Logger LOG = LoggerFactory.getLogger(Users.class);

    private final Path file;
    private Map<String, User> byName;
    private FileTime read;

    private Users(Path file, Map<String, User> byName, FileTime read) {
        this.file = file;
        this.byName = byName;
        this.read = read;
    }

    /** No users file: the workbench serves viewers only. */
    public static Users none() {
        return new Users(null, Map.of(), null);
    }

    /**
     * The users of {@code file}.
     *
     * @throws IllegalArgumentException naming the line, when the file does not read
     */
    public static Users fromFile(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return new Users(file, parse(file, Files.readAllLines(file, StandardCharsets.UTF_8)), modified);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the users file " + file, e);
        }
    }

    public boolean enabled() {
        return file != null;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The person with this name and password, after the time of one bcrypt check whether or not the name is known. */
    public Optional<User> signIn(String name, String password) {
        Optional<User> user = find(name);
        if (user.isEmpty()) {
            Passwords.spendOneCheck(password);
            return Optional.empty();
        }
        return Passwords.matches(password, user.get().hash()) ? user : Optional.empty();
    }

    /** The person as the file says now (null name or no file: none). */
    public synchronized Optional<User> find(String name) {
        if (file == null || name == null) {
            return Optional.empty();
        }
        refresh();
        return Optional.ofNullable(byName.get(name));
    }

    private void refresh() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(read)) {
                return;
            }
            byName = parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
            read = modified;
        } catch (IOException | RuntimeException e) {
            LOG.error("the users file {} cannot be read again ({}); the users read before stay in force", file, e.getMessage());
        }
    }

    static Map<String, User> parse(Path file, List<String> lines) {
        Map<String, User> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String[] parts = line.split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException(where + "write each user as name:role:bcrypt-hash (kitei user add writes it)");
            }
            Role role = Role.of(parts[1]).orElseThrow(() -> new IllegalArgumentException(where + "the role '" + parts[1]
                    + "' is none of viewer, editor, publisher"));
            User user;
            try {
                user = new User(parts[0], role, parts[2]);
            } catch (IllegalArgumentException wrong) {
                throw new IllegalArgumentException(where + wrong.getMessage());
            }
            if (users.putIfAbsent(user.name(), user) != null) {
                throw new IllegalArgumentException(where + "'" + user.name() + "' is named twice");
            }
        }
        return Map.copyOf(users);
    }
}
