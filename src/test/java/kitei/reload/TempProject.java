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
        return startOn(copyOfRepo());
    }

    private static Path copyOfRepo() throws IOException {
        Path root = Files.createTempDirectory("kitei-reload-");
        for (String dir : new String[] {"rules", "decision-tables", "scenarios"}) {
            copyTree(Path.of(dir), root.resolve(dir));
        }
        return root;
    }

    /** A service on the folder {@code root} with its release history in {@code root/.kitei} (outside the watched folders). */
    static TempProject startOn(Path root) {
        return startOn(root, new HttpConfig("127.0.0.1", 0, 64 * 1024, TOKEN));
    }

    /** As {@link #start()}, with the requests' timeout given (admin publications are not bound by it). */
    static TempProject startWithRequestTimeout(long millis) throws IOException {
        TempProject project = start();
        project.service.stop().await();
        return startOn(project.root, new HttpConfig("127.0.0.1", 0, 64 * 1024, TOKEN, null, HttpConfig.DEFAULT_MAX_BATCH_ITEMS,
                HttpConfig.DEFAULT_MAX_NESTING_DEPTH, millis, 2));
    }

    /** As {@link #start()}, keeping a decision log in {@code root/decisions.jsonl} (outside the watched folders). */
    static TempProject startWithDecisionLog() throws IOException {
        Path root = copyOfRepo();
        return startOn(root, new HttpConfig("127.0.0.1", 0, 64 * 1024, TOKEN), DecisionLogConfig.at(root.resolve("decisions.jsonl")));
    }

    static TempProject startOn(Path root, HttpConfig config) {
        return startOn(root, config, DecisionLogConfig.off());
    }

    static TempProject startOn(Path root, HttpConfig config, DecisionLogConfig log) {
        Service service = Service.start(config, log,
                RuleSources.fromDirectory(root), ReleaseStore.open(root.resolve(".kitei"), ReleaseStore.DEFAULT_BRANCH),
                TestRuleBase.TODAY).await();
        service.loaded().await();
        TempProject project = new TempProject(root, service);
        project.awaitDraftChecked();
        return project;
    }

    /** The folder (the draft) is checked once after start; tests begin after that check, not during it. */
    private void awaitDraftChecked() {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (ruleBase().body().path("draft").isNull() || ruleBase().body().path("draft").isMissingNode()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the draft was not checked after start");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
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
            return new Answer(response.statusCode(), response.body().isEmpty() ? null : Json.MAPPER.readTree(response.body()),
                    response.headers().firstValue("Location").orElse(null));
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

    /** Uploads a workbook and awaits its publication: the answer is the publication, ACTIVE or REFUSED. */
    Answer upload(String name, byte[] workbook) {
        return outcome(send(HttpRequest.newBuilder(uri("/admin/decision-tables/" + name)).header("Authorization", "Bearer " + TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(workbook))));
    }

    /** Asks for an admin reload (the folder's content published) and awaits its publication. */
    Answer reload() {
        return outcome(admin("POST", "/admin/reload"));
    }

    /** Publishes workbooks as multipart/form-data parts named by their paths, with a note; awaits the publication. */
    Answer publish(java.util.Map<String, byte[]> parts, String note) {
        return outcome(send(publishing(parts, note)));
    }

    HttpRequest.Builder publishing(java.util.Map<String, byte[]> parts, String note) {
        String boundary = "kitei-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = line -> body.writeBytes(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        parts.forEach((path, bytes) -> {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + path + "\"; filename=\""
                    + path.substring(path.lastIndexOf('/') + 1) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            text.accept("\r\n");
        });
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n" + note + "\r\n--" + boundary + "--\r\n");
        return HttpRequest.newBuilder(uri("/admin/releases")).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    Answer admin(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + TOKEN)
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A 202's publication polled at its Location until it is ACTIVE or REFUSED (at most five minutes: the gate's own limit). */
    Answer outcome(Answer accepted) {
        if (accepted.status() != 202) {
            throw new AssertionError("expected 202 and a publication, got " + accepted.status() + ": " + accepted.body());
        }
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (true) {
            Answer now = admin("GET", accepted.location());
            String status = now.body().path("status").asText();
            if (status.equals("ACTIVE") || status.equals("REFUSED")) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the publication is still " + status);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
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

    record Answer(int status, JsonNode body, String location) {

        boolean active() {
            return body.path("status").asText().equals("ACTIVE");
        }

        boolean refused() {
            return body.path("status").asText().equals("REFUSED");
        }
    }

    @Override
    public void close() throws IOException {
        service.stop().await();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
