package kitei.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jgit.transport.URIish;

import kitei.release.RepositoryCredentials;
import kitei.release.SharedRepository;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code serve}'s options for a fleet on one shared repository; without {@code --rules-repo} the history stays local. */
final class SharedRepositoryOptions {

    @Option(names = "--rules-repo", defaultValue = "${env:KITEI_RULES_REPO}",
            description = "a shared release repository (file://, https://, ssh://) this instance follows and publishes to "
                    + "(env KITEI_RULES_REPO); none keeps the release history local")
    String url;

    @Option(names = "--branch", defaultValue = "${env:KITEI_RULES_BRANCH:-" + SharedRepository.DEFAULT_BRANCH + "}",
            description = "the branch whose commits are the releases (default ${DEFAULT-VALUE}; env KITEI_RULES_BRANCH)")
    String branch;

    @Option(names = "--fetch-interval-s", defaultValue = "${env:KITEI_FETCH_INTERVAL_S:-10}",
            description = "seconds between fetches of --rules-repo; POST /admin/releases/fetch fetches at once "
                    + "(default ${DEFAULT-VALUE}; env KITEI_FETCH_INTERVAL_S)")
    long fetchIntervalSeconds;

    @Option(names = "--rules-repo-credentials-file", defaultValue = "${env:KITEI_RULES_REPO_CREDENTIALS_FILE}",
            description = "file holding the https user name (first line) and password or token (second line), else env "
                    + "KITEI_RULES_REPO_USERNAME and KITEI_RULES_REPO_PASSWORD; ssh uses ~/.ssh")
    Path credentialsFile;

    /** The shared repository configured, if any. */
    Optional<SharedRepository> read(CommandLine command, Map<String, String> environment) {
        if (fetchIntervalSeconds < 1) {
            throw new ParameterException(command, "--fetch-interval-s must be at least 1, not " + fetchIntervalSeconds);
        }
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        refusePasswordIn(command, url);
        try {
            return Optional.of(new SharedRepository(url.strip(), branch, Duration.ofSeconds(fetchIntervalSeconds),
                    credentials(command, environment)));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command, "--rules-repo: " + e.getMessage());
        }
    }

    private RepositoryCredentials credentials(CommandLine command, Map<String, String> environment) {
        if (credentialsFile == null) {
            return RepositoryCredentials.fromEnvironment(environment);
        }
        try {
            return RepositoryCredentials.fromFile(credentialsFile);
        } catch (IOException e) {
            throw new ParameterException(command, "cannot read --rules-repo-credentials-file " + credentialsFile + ": "
                    + e.getMessage());
        }
    }

    /** A password in the URL is on the command line (ps) and in the environment of every child: refused. */
    private static void refusePasswordIn(CommandLine command, String url) {
        try {
            if (new URIish(url).getPass() != null) {
                throw new ParameterException(command, "--rules-repo carries a password, visible to every user of the machine "
                        + "(ps); put it in --rules-repo-credentials-file FILE or KITEI_RULES_REPO_PASSWORD");
            }
        } catch (URISyntaxException e) {
            throw new ParameterException(command, "--rules-repo: not a repository URL: " + url);
        }
    }
}
