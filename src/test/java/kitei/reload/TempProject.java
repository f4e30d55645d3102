package kitei.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;
import kitei.decision.Json;
import kitei.decisionlog.DecisionLogConfig;
import kitei.engine.RuleSources;
import kitei.http.HttpConfig;
import kitei.http.Service;
import kitei.release.ReleaseStore;

/** A copy of the repo's rules, tables and scenarios in a temporary folder, served on a free port with an admin token. */
final class TempProject implements AutoCloseable {

    static final String TOKEN = "test-admin-token";

    final Path root;
    final Service service;
    final HttpClient http = HttpClient.newHttpClient();

    private TempProject(Path root, Service service) {
        this.root = root;
        this.service = service;
    }

    static TempProject start() throws IOException {
        Path root = Files.createTempDirectory("kitei-reload-");
        for (String dir : new String[] {"rules", "decision-tables", "scenarios"}) {
            copyTree(Path.of(dir), root.resolve(dir));
        }
        return startOn(root);
    }

    /** A service on the folder {@code root} with its release history in {@code root/.kitei} (outside the watched folders). */
    static TempProject startOn(Path root) {
        Service service = Service.start(new HttpConfig("127.0.0.1", 0, 64 * 1024, TOKEN), DecisionLogConfig.off(),
                RuleSources.fromDirectory(root), ReleaseStore.open(root.resolve(".kitei"), ReleaseStore.DEFAULT_BRANCH),
                TestRuleBase.TODAY).await();
        service.loaded().await();
        return new TempProject(root, service);
    }

    /** Stops this service (a deploy, a crash) and starts a new one on the same folder and release history. */
    TempProject restart() {
        service.stop().await();
        return startOn(root);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body().isEmpty() ? null : Json.MAPPER.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer decide(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer upload(String name, byte[] workbook) {
        return send(HttpRequest.newBuilder(uri("/admin/decision-tables/" + name)).header("Authorization", "Bearer " + TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(workbook)));
    }

    Answer ready() {
        return send(HttpRequest.newBuilder(uri("/health/ready")).GET());
    }

    Answer ruleBase() {
        return send(HttpRequest.newBuilder(uri("/admin/rulebase")).header("Authorization", "Bearer " + TOKEN).GET());
    }

    String servingId() {
        return ruleBase().body().path("serving").path("rulebase").asText();
    }

    record Answer(int status, JsonNode body) {
    }

    @Override
    public void close() throws IOException {
        service.stop().await();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
