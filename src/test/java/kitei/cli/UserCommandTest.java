package kitei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import kitei.workbench.users.Role;
import kitei.workbench.users.Users;

/** {@code kitei user add} and {@code serve --users}: the users file as the operator makes and gives it. */
class UserCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String stdin, CommandLine command, String... args) {
        InputStream originalIn = System.in;
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = command.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(originalIn);
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void addsAUserWithABcryptHashInAnOwnerOnlyFile() throws Exception {
        Path users = dir.resolve("users.txt");
        Run added = run("s3cret\n", new CommandLine(new KiteiCommand()), "user", "add", "--users", users.toString(), "aiko", "--role", "editor");
        assertEquals(0, added.exit(), added.err());
        assertEquals("added aiko (editor) in " + users + "\n", added.out());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
        assertTrue(Users.fromFile(users).signIn("aiko", "s3cret").isPresent());
        assertTrue(!Files.readString(users).contains("s3cret"), "no password in clear");

        Run changed = run("other\n", new CommandLine(new KiteiCommand()), "user", "add", "--users", users.toString(), "aiko", "--role", "publisher");
        assertEquals("changed aiko (publisher) in " + users + "\n", changed.out());
        assertEquals(Role.PUBLISHER, Users.fromFile(users).find("aiko").orElseThrow().role());
        assertEquals(2, Files.readAllLines(users).size(), "the comment and one line for aiko: " + Files.readAllLines(users));
    }

    @Test
    void refusesAnUnknownRole() {
        Run refused = run("s3cret\n", new CommandLine(new KiteiCommand()), "user", "add", "--users", dir.resolve("u.txt").toString(), "aiko",
                "--role", "admin");
        assertEquals(2, refused.exit());
        assertEquals("kitei user add: the role 'admin' is none of viewer, editor, publisher\n", refused.err());
    }

    @Test
    void serveRefusesAUsersFileThatDoesNotReadNamingTheLine() throws Exception {
        Path users = Files.write(dir.resolve("users.txt"), List.of("# users", "aiko:admin:x"));
        Run refused = run("", new CommandLine(new ServeCommand()), "--port", "0", "--decision-log", "off", "--users", users.toString(),
                "--data", dir.resolve("data").toString());
        assertEquals(2, refused.exit());
        assertEquals("kitei: " + users + ":2: the role 'admin' is none of viewer, editor, publisher (--users, env KITEI_USERS)\n", refused.err());
    }
}
