package kitei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.release.RepositoryCredentials;
import kitei.release.SharedRepository;
import picocli.CommandLine;

/** {@code serve --rules-repo}: a fleet's shared repository, with its credentials from a file or the environment only. */
class ServeSharedRepositoryTest {

    @TempDir
    Path dir;

    private static Optional<SharedRepository> sharedOf(Map<String, String> environment, String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.sharedRepository(environment);
    }

    private static String refusal(Map<String, String> environment, String... args) {
        return assertThrows(CommandLine.ParameterException.class, () -> sharedOf(environment, args)).getMessage();
    }

    @Test
    void withoutARepositoryTheHistoryStaysLocal() {
        assertEquals(Optional.empty(), sharedOf(Map.of()));
    }

    @Test
    void theRepositoryBranchAndIntervalComeFromTheFlags() throws IOException {
        Path credentials = Files.writeString(dir.resolve("credentials"), "ci\ns3cret\n");
        SharedRepository shared = sharedOf(Map.of(), "--rules-repo", "https://git.example/tariff-rules.git", "--branch", "live",
                "--fetch-interval-s", "3", "--rules-repo-credentials-file", credentials.toString()).orElseThrow();
        assertEquals(new SharedRepository("https://git.example/tariff-rules.git", "live", Duration.ofSeconds(3),
                new RepositoryCredentials("ci", "s3cret")), shared);
    }

    @Test
    void theDefaultsAreBranchMainEveryTenSecondsWithCredentialsFromTheEnvironment() {
        SharedRepository shared = sharedOf(Map.of("KITEI_RULES_REPO_PASSWORD", "t0ken"),
                "--rules-repo", "file:///srv/rules.git").orElseThrow();
        assertEquals(new SharedRepository("file:///srv/rules.git", "main", Duration.ofSeconds(10),
                new RepositoryCredentials("token", "t0ken")), shared);
    }

    @Test
    void aPasswordInTheUrlIsRefused() {
        assertEquals("--rules-repo carries a password, visible to every user of the machine (ps); put it in "
                        + "--rules-repo-credentials-file FILE or KITEI_RULES_REPO_PASSWORD",
                refusal(Map.of(), "--rules-repo", "https://ci:s3cret@git.example/rules.git"));
    }

    @Test
    void aBadBranchOrIntervalIsRefusedNamingTheFlag() {
        assertEquals("--rules-repo: not a valid branch name: a..b",
                refusal(Map.of(), "--rules-repo", "file:///srv/rules.git", "--branch", "a..b"));
        assertEquals("--fetch-interval-s must be at least 1, not 0",
                refusal(Map.of(), "--rules-repo", "file:///srv/rules.git", "--fetch-interval-s", "0"));
    }
}
