package kitei.release;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * The user name and password (or access token) for an https shared repository, from a file or the
 * environment, never from the command line where ps shows it. ssh uses the keys and known hosts of
 * the user running the service ({@code ~/.ssh}), as git does.
 */
public record RepositoryCredentials(String username, String password) {

    public static final String USERNAME_VARIABLE = "KITEI_RULES_REPO_USERNAME";
    public static final String PASSWORD_VARIABLE = "KITEI_RULES_REPO_PASSWORD";

    public static RepositoryCredentials none() {
        return new RepositoryCredentials(null, null);
    }

    /** {@value #USERNAME_VARIABLE} and {@value #PASSWORD_VARIABLE}; a token alone is sent with the user name "token". */
    public static RepositoryCredentials fromEnvironment(Map<String, String> environment) {
        String password = blankToNull(environment.get(PASSWORD_VARIABLE));
        String username = blankToNull(environment.get(USERNAME_VARIABLE));
        if (password == null) {
            return none();
        }
        return new RepositoryCredentials(username == null ? "token" : username, password);
    }

    /** A file whose first line is the user name and whose second is the password or token; one line is a token alone. */
    public static RepositoryCredentials fromFile(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        return switch (lines.size()) {
            case 0 -> throw new IOException(file + " holds no credentials");
            case 1 -> new RepositoryCredentials("token", lines.get(0));
            default -> new RepositoryCredentials(lines.get(0), lines.get(1));
        };
    }

    public boolean present() {
        return password != null;
    }

    CredentialsProvider provider() {
        return present() ? new UsernamePasswordCredentialsProvider(username, password) : null;
    }

    @Override
    public String toString() {
        return present() ? "RepositoryCredentials[" + username + ", password hidden]" : "RepositoryCredentials[none]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
