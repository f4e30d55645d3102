package kitei.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import kitei.workbench.users.Passwords;
import kitei.workbench.users.Role;
import kitei.workbench.users.User;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kitei user add --users FILE NAME --role ROLE}: asks for the password (twice, without echo; or
 * reads one line from standard input when there is no terminal) and writes the user's line, bcrypt-hashed,
 * into the users file (replacing a line of the same name), owner-only. The password never appears on the command line.
 */
@Command(name = "user", mixinStandardHelpOptions = true, subcommands = UserCommand.Add.class,
        description = "Manage the workbench's users file.")
final class UserCommand implements Runnable {

    @Override
    public void run() {
        System.err.println("kitei user: say what to do: kitei user add --users FILE NAME --role viewer|editor|publisher");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a user to the users file (or set their role and password), asking for the password.")
    static final class Add implements Callable<Integer> {

        @Option(names = "--users", required = true, description = "the users file (created if missing)")
        Path file;

        @Option(names = "--role", required = true, description = "viewer, editor or publisher")
        String role;

        @Parameters(index = "0", description = "the user's name (letters, digits, '.', '_', '@', '-')")
        String name;

        @Override
        public Integer call() throws IOException {
            Role asked = Role.of(role).orElse(null);
            if (asked == null) {
                System.err.println("kitei user add: the role '" + role + "' is none of viewer, editor, publisher");
                return 2;
            }
            String password = readPassword();
            if (password == null) {
                return 2;
            }
            User user;
            try {
                user = new User(name, asked, Passwords.hash(password));
            } catch (IllegalArgumentException e) {
                System.err.println("kitei user add: " + e.getMessage());
                return 2;
            }
            boolean replaced = write(user);
            System.out.println((replaced ? "changed " : "added ") + user.name() + " (" + asked.word() + ") in " + file);
            return 0;
        }

        private String readPassword() throws IOException {
            Console console = System.console();
            if (console == null) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    System.err.println("kitei user add: give the password on standard input (one line)");
                    return null;
                }
                return line;
            }
            char[] first = console.readPassword("Password for %s: ", name);
            char[] again = console.readPassword("Again: ");
            if (first == null || !Arrays.equals(first, again)) {
                System.err.println("kitei user add: the two passwords differ; nothing written");
                return null;
            }
            return new String(first);
        }

        /** Writes the file anew with the user's line; true when a line of that name was replaced. */
        private boolean write(User user) throws IOException {
            List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8)
                    : List.of("# kitei workbench users: name:role:bcrypt-hash (kitei user add writes them)"));
            boolean replaced = lines.removeIf(line -> line.startsWith(user.name() + ":"));
            lines.add(user.line());
            Path parent = file.toAbsolutePath().getParent();
            Path temporary = Files.createTempFile(parent, ".users-", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions: the directory's own protection applies
            }
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return replaced;
        }
    }
}
