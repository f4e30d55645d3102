package kitei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.http.HttpConfig;
import picocli.CommandLine;

/** Tokens come from a file or the environment, never from the command line, where every user of the machine sees them (ps). */
class ServeTokensTest {

    @TempDir
    Path dir;

    private static HttpConfig configOf(Map<String, String> environment, String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.httpConfig(environment);
    }

    @Test
    void theTokensAreReadFromTheirFiles() throws IOException {
        Path admin = Files.writeString(dir.resolve("admin-token"), "admin-s3cret\n");
        Path decision = Files.writeString(dir.resolve("decision-token"), "decision-s3cret");
        HttpConfig config = configOf(Map.of("KITEI_ADMIN_TOKEN", "not this one"),
                "--admin-token-file", admin.toString(), "--decision-token-file", decision.toString());
        assertEquals("admin-s3cret", config.adminToken());
        assertEquals("decision-s3cret", config.decisionToken());
    }

    @Test
    void theTokensAreReadFromTheEnvironment() {
        HttpConfig config = configOf(Map.of("KITEI_ADMIN_TOKEN", "admin-s3cret", "KITEI_DECISION_TOKEN", "decision-s3cret"));
        assertEquals("admin-s3cret", config.adminToken());
        assertEquals("decision-s3cret", config.decisionToken());
        assertNull(configOf(Map.of()).adminToken(), "no token: the admin operations are off");
    }

    @Test
    void anEmptyTokenFileIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("admin-token"), "\n");
        CommandLine.ParameterException refused = assertThrows(CommandLine.ParameterException.class,
                () -> configOf(Map.of(), "--admin-token-file", empty.toString()));
        assertEquals("--admin-token-file " + empty + " holds no token", refused.getMessage());
    }

    @Test
    void aTokenOnTheCommandLineIsRefusedSayingWhy() {
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new CommandLine(new KiteiCommand())
                .setErr(new PrintWriter(err)).execute("serve", "--port", "0", "--admin-token", "s3cret"));
        assertEquals(2, exit, err::toString);
        assertTrue(err.toString().contains("a token on the command line is visible to every user of the machine (ps)"), err::toString);
        assertTrue(err.toString().contains("--admin-token-file"), err::toString);
    }

    @Test
    void theIdleTimeoutIsAnOption() {
        assertEquals(60, configOf(Map.of()).idleTimeoutSeconds());
        assertEquals(5, configOf(Map.of(), "--idle-timeout-s", "5").idleTimeoutSeconds());
    }
}
