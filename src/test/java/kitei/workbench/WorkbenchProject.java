package kitei.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kitei.TestRuleBase;
import kitei.decisionlog.DecisionLogConfig;
import kitei.engine.RuleSources;
import kitei.http.HttpConfig;
import kitei.http.Service;
import kitei.release.ReleaseStore;
import kitei.workbench.users.Passwords;
import kitei.workbench.users.Role;
import kitei.workbench.users.User;
import kitei.workbench.users.Users;

/**
 * A copy of the repo's rules, tables and scenarios in a temporary folder, served on a free port with a
 * users file (a viewer, an editor and a publisher, each with the password {@value #PASSWORD}) and a decision log.
 */
final class WorkbenchProject implements AutoCloseable {

    static final String PASSWORD = "correct horse battery staple";

    final Path root;
    final Path log;
    final Service service;

    private WorkbenchProject(Path root, Path log, Service service) {
        this.root = root;
        this.log = log;
        this.service = service;
    }

    static WorkbenchProject start() throws IOException {
        Path root = Files.createTempDirectory("kitei-workbench-");
        for (String dir : new String[] {"rules", "decision-tables", "scenarios"}) {
            copyTree(Path.of(dir), root.resolve(dir));
        }
        String hash = Passwords.hash(PASSWORD);
        Path users = root.resolve("users.txt");
        Files.write(users, List.of("# test users", new User("vic", Role.VIEWER, hash).line(), new User("eda", Role.EDITOR, hash).line(),
                new User("pia", Role.PUBLISHER, hash).line()));
        Path log = root.resolve("decisions.jsonl");
        Service service = Service.start(new HttpConfig("127.0.0.1", 0, 256 * 1024, "workbench-test-admin-token"), DecisionLogConfig.at(log),
                RuleSources.fromDirectory(root), ReleaseStore.open(root.resolve(".kitei"), ReleaseStore.DEFAULT_BRANCH),
                Optional.empty(), Users.fromFile(users), TestRuleBase.TODAY).await();
        service.loaded().await();
        return new WorkbenchProject(root, log, service);
    }

    String url(String path) {
        return "http://127.0.0.1:" + service.port() + path;
    }

    /** A decision asked through the API, as an order system asks it (so that it is in the decision log). */
    String decide(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    int releases() {
        return service.releases().store().log().size();
    }

    @Override
    public void close() throws IOException {
        service.stop().await();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            paths.forEach(source -> {
                try {
                    Path target = to.resolve(from.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post: {@code fields} are name, value, name, value, … */
    HttpResponse<String> post(HttpClient client, String path, String... fields) throws IOException, InterruptedException {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token a page's forms carry. */
    static String token(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("the page carries a CSRF token: " + page.body());
        }
        return matcher.group(1);
    }
}
