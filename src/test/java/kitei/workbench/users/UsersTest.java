package kitei.workbench.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class UsersTest {

    private static final String HASH = Passwords.hash("s3cret");
    private static final Path FILE = Path.of("users.txt");

    @Test
    void readsNameRoleAndHashSkippingCommentsAndBlankLines() {
        var users = Users.parse(FILE, List.of("# operators", "", "aiko:publisher:" + HASH, "  ken:viewer:" + HASH + "  "));
        assertEquals(Role.PUBLISHER, users.get("aiko").role());
        assertEquals(Role.VIEWER, users.get("ken").role());
    }

    @Test
    void namesTheLineOfAWrongRole() {
        var wrong = assertThrows(IllegalArgumentException.class, () -> Users.parse(FILE, List.of("# x", "aiko:admin:" + HASH)));
        assertEquals("users.txt:2: the role 'admin' is none of viewer, editor, publisher", wrong.getMessage());
    }

    @Test
    void refusesAPasswordInClear() {
        var wrong = assertThrows(IllegalArgumentException.class, () -> Users.parse(FILE, List.of("aiko:editor:hunter2")));
        assertEquals("users.txt:1: the password of 'aiko' is not a bcrypt hash; make one with: kitei user add", wrong.getMessage());
    }

    @Test
    void refusesALineWithoutThreeParts() {
        var wrong = assertThrows(IllegalArgumentException.class, () -> Users.parse(FILE, List.of("aiko:editor")));
        assertEquals("users.txt:1: write each user as name:role:bcrypt-hash (kitei user add writes it)", wrong.getMessage());
    }

    @Test
    void refusesANameTwice() {
        var wrong = assertThrows(IllegalArgumentException.class,
                () -> Users.parse(FILE, List.of("aiko:editor:" + HASH, "aiko:viewer:" + HASH)));
        assertEquals("users.txt:2: 'aiko' is named twice", wrong.getMessage());
    }

    @Test
    void refusesANameWithMarkupOrSpaces() {
        var wrong = assertThrows(IllegalArgumentException.class, () -> Users.parse(FILE, List.of("<b>x:editor:" + HASH)));
        assertEquals("users.txt:1: not a valid user name: '<b>x' (1 to 64 letters, digits, '.', '_', '@', '-')", wrong.getMessage());
    }

    @Test
    void signsInOnlyWithTheRightPassword() throws IOException {
        Path file = Files.createTempFile("users", ".txt");
        Files.write(file, List.of("aiko:editor:" + HASH));
        Users users = Users.fromFile(file);
        assertTrue(users.signIn("aiko", "s3cret").isPresent());
        assertFalse(users.signIn("aiko", "S3cret").isPresent());
        assertFalse(users.signIn("nobody", "s3cret").isPresent());
        assertFalse(users.signIn("aiko", "s3cret" + "x".repeat(80)).isPresent(), "past bcrypt's 72 bytes");
    }

    @Test
    void aRoleChangedInTheFileTakesEffectWithoutARestart() throws IOException {
        Path file = Files.createTempFile("users", ".txt");
        Files.write(file, List.of("aiko:editor:" + HASH));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Users users = Users.fromFile(file);
        Files.write(file, List.of("aiko:viewer:" + HASH));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));
        assertEquals(Role.VIEWER, users.find("aiko").orElseThrow().role());
        Files.write(file, List.of("aiko:root:" + HASH));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-03T00:00:00Z")));
        assertEquals(Role.VIEWER, users.find("aiko").orElseThrow().role(), "a file that no longer reads keeps the last good one");
    }

    @Test
    void eachRoleMayWhatTheOnesBeforeMay() {
        assertTrue(Role.PUBLISHER.allows(Role.EDITOR));
        assertTrue(Role.EDITOR.allows(Role.VIEWER));
        assertFalse(Role.EDITOR.allows(Role.PUBLISHER));
        assertFalse(Role.VIEWER.allows(Role.EDITOR));
    }
}
