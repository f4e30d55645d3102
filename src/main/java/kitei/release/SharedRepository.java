package kitei.release;

import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Objects;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.URIish;

/**
 * The repository a fleet shares (file://, https or ssh): every instance fetches {@code branch} from it
 * every {@code fetchInterval}, and pushes the releases published through it there.
 */
public record SharedRepository(String url, String branch, Duration fetchInterval, RepositoryCredentials credentials) {

    public static final String DEFAULT_BRANCH = "main";
    public static final Duration DEFAULT_FETCH_INTERVAL = Duration.ofSeconds(10);

    public SharedRepository {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(fetchInterval, "fetchInterval");
        Objects.requireNonNull(credentials, "credentials");
        try {
            new URIish(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a repository URL: " + url + " (" + e.getReason() + ")");
        }
        if (!Repository.isValidRefName(branchRef(branch))) {
            throw new IllegalArgumentException("not a valid branch name: " + branch);
        }
        if (fetchInterval.isNegative() || fetchInterval.isZero()) {
            throw new IllegalArgumentException("the fetch interval must be positive, not " + fetchInterval);
        }
    }

    /** {@code refs/heads/<branch>}, on the shared repository and in the local store alike. */
    public String branchRef() {
        return branchRef(branch);
    }

    /** Where the local store keeps the shared branch's head as last fetched. */
    public String trackingRef() {
        return "refs/remotes/shared/" + branch;
    }

    private static String branchRef(String branch) {
        return Constants.R_HEADS + branch;
    }

    /** The URL without a password someone may have written into it, for logs and answers. */
    public String displayUrl() {
        try {
            return new URIish(url).setPass(null).toString();
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
