package kitei.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;
import kitei.decision.Json;
import kitei.decisionlog.DecisionLogConfig;
import kitei.engine.RuleSources;
import kitei.http.HttpConfig;
import kitei.http.Service;

/**
 * A fleet of two instances, each with its own working directory and data directory, on one shared
 * {@code file://} repository polled every {@value #INTERVAL_MILLIS} ms: whatever reaches the shared
 * branch (a release published through one instance, a rollback, a developer's commit) is served by
 * both, and a head the gate refuses is refused by both while they keep serving the release before.
 * The steps build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FleetServiceTest {

    private static final long INTERVAL_MILLIS = 500;
    private static final String TOKEN = "fleet-admin-token";
    private static final String VERDICT = "rules/eligibility/verdict.drl";
    private static final Duration WITHIN = Duration.ofSeconds(90); // a gate in its confined JVM, on a busy machine
    private static final String TYPE_K_ON_OTHER_PLAN = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_K", "plan": "MINIMUM"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_K"], "terminators": 1}]},
             "setup": {"realms": ["example.co.jp"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}
            """;

    @TempDir
    static Path dir;

    private static Repository shared;
    private static Service a;
    private static Service b;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static Release first;
    private static Release published;

    @BeforeAll
    static void start() throws IOException {
        shared = new FileRepositoryBuilder().setGitDir(dir.resolve("shared.git").toFile()).setBare().build();
        shared.create(true);
        a = instance("a");
        // The first instance seeds the empty shared repository with its first release; the second starts on it.
        first = a.releases().serving().orElseThrow();
        awaitShared(ObjectId.fromString(first.commit()));
        b = instance("b");
    }

    @AfterAll
    static void stop() {
        Stream.of(a, b).filter(java.util.Objects::nonNull).forEach(service -> service.stop().await());
        shared.close();
    }

    @Test
    @Order(1)
    void bothInstancesStartOnTheSameRelease() {
        assertEquals(first.id(), b.releases().serving().orElseThrow().id());
        assertSameAnswerFromBoth(first);
    }

    @Test
    @Order(2)
    void aReleasePublishedThroughOneInstanceIsServedByBothWithinThePollInterval() throws Exception {
        ReleaseTree tree = edited(a.releases().servingTree(), VERDICT, "\n// published through a\n");
        long asked = System.nanoTime();
        published = a.releases().publish(tree, a.releases().gate(tree), "analyst", "published through a");
        long servedHere = System.nanoTime();

        assertEquals(ObjectId.fromString(published.commit()), shared.resolve("refs/heads/main"), "pushed before it served");
        awaitServing(b, published);
        long servedThere = System.nanoTime();
        System.out.printf("fleet: publish-to-serving %d ms on the publishing instance (gate, commit, push, activate), "
                + "%d ms more on the other (fetch interval %d ms, its own gate included)%n",
                (servedHere - asked) / 1_000_000, (servedThere - servedHere) / 1_000_000, INTERVAL_MILLIS);
        assertSameAnswerFromBoth(published);
    }

    @Test
    @Order(3)
    void aRollbackIsServedByBoth() throws Exception {
        ReleaseTree before = b.releases().tree(first);
        Release rollback = b.releases().publish(before, b.releases().gate(before), "analyst", "roll back to " + first.id());

        awaitServing(a, rollback);
        assertEquals(first.rulebase(), rollback.rulebase(), "the content of the first release, as a new release");
        assertSameAnswerFromBoth(rollback);
    }

    @Test
    @Order(4)
    void aCommitPushedByADeveloperIsFollowedByBoth() throws Exception {
        Map<String, byte[]> tree = edited(a.releases().servingTree(), VERDICT, "\n// a developer's change\n").files();
        ObjectId developers = Commits.commit(shared, "a developer's change", tree);
        webhook(a); // one instance told at once, the other by its interval

        Release followed = awaitServing(a, developers);
        awaitServing(b, developers);
        assertEquals("developer", followed.author());
        assertSameAnswerFromBoth(followed);
    }

    @Test
    @Order(5)
    void aBrokenHeadIsRefusedByBothWhichKeepServingTheReleaseBefore() throws Exception {
        Release before = a.releases().serving().orElseThrow();
        Map<String, byte[]> tree = new TreeMap<>(a.releases().servingTree().files());
        tree.put("rules/eligibility/broken.drl", "package kitei;\nrule \"unfinished\"\n".getBytes(StandardCharsets.UTF_8));
        ObjectId broken = Commits.commit(shared, "a broken change", tree);
        String brokenId = broken.abbreviate(Release.ID_LENGTH).name();

        for (Service service : new Service[] {a, b}) {
            JsonNode ready = awaitReady(service, body -> brokenId.equals(body.path("fleet").path("refused").path("head").asText()));
            assertEquals(before.id(), ready.path("release").asText(), "the release before keeps serving");
            assertTrue(ready.path("fleet").path("refused").path("reason").asText().contains("broken.drl"), ready.toString());
            assertTrue(metrics(service).contains("kitei_release_refused_total 1.0"), "the refusal is counted");
        }
        assertSameAnswerFromBoth(before);
        JsonNode status = webhook(b);
        assertEquals(brokenId, status.path("refused").path("head").asText(), "the webhook answers with the same report");
    }

    // ---- the fleet ----

    private static Service instance(String name) throws IOException {
        Path work = dir.resolve(name);
        for (String folder : new String[] {"rules", "decision-tables", "scenarios"}) {
            copyTree(Path.of(folder), work.resolve(folder));
        }
        SharedRepository repository = new SharedRepository(shared.getDirectory().toURI().toString(), "main",
                Duration.ofMillis(INTERVAL_MILLIS), RepositoryCredentials.none());
        Service service = Service.start(new HttpConfig("127.0.0.1", 0, 64 * 1024, TOKEN), DecisionLogConfig.off(),
                RuleSources.fromDirectory(work), ReleaseStore.open(dir.resolve(name + "-data"), "main"),
                java.util.Optional.of(repository), TestRuleBase.TODAY).await();
        service.loaded().await();
        return service;
    }

    private static ReleaseTree edited(ReleaseTree tree, String path, String appended) {
        Map<String, byte[]> files = new TreeMap<>(tree.files());
        files.put(path, (new String(files.get(path), StandardCharsets.UTF_8) + appended).getBytes(StandardCharsets.UTF_8));
        return new ReleaseTree("edited", files);
    }

    private static void awaitShared(ObjectId head) {
        await("the shared branch at " + head.name(), () -> head.equals(shared.resolve("refs/heads/main")));
    }

    private static Release awaitServing(Service service, Release release) {
        return awaitServing(service, ObjectId.fromString(release.commit()));
    }

    private static Release awaitServing(Service service, ObjectId commit) {
        await("release " + commit.name() + " serving", () -> service.releases().serving()
                .filter(serving -> serving.commit().equals(commit.name())).isPresent());
        return service.releases().serving().orElseThrow();
    }

    private static JsonNode awaitReady(Service service, Predicate<JsonNode> reached) {
        JsonNode[] last = new JsonNode[1];
        await("readiness reached", () -> {
            HttpResponse<String> response = call(service, "GET", "/health/ready", null);
            assertEquals(200, response.statusCode(), response.body());
            last[0] = Json.MAPPER.readTree(response.body());
            return reached.test(last[0]);
        });
        return last[0];
    }

    /**
     * Both answer a decision naming the same release and the same rule base (the release's, when it
     * was recorded by kitei: a developer's commit carries none), and both report that release as ready.
     */
    private static void assertSameAnswerFromBoth(Release release) {
        java.util.List<String> rulebases = new java.util.ArrayList<>();
        for (Service service : new Service[] {a, b}) {
            HttpResponse<String> answer = call(service, "POST", "/v1/eligibility", TYPE_K_ON_OTHER_PLAN);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode tariff = read(answer).path("tariff");
            assertEquals(release.id(), tariff.path("release").asText(), "the answer names the release");
            rulebases.add(tariff.path("rulebase").asText());
            JsonNode ready = read(call(service, "GET", "/health/ready", null));
            assertEquals(release.id(), ready.path("release").asText(), "readiness names the release");
        }
        assertEquals(rulebases.get(0), rulebases.get(1), "both answers name the same rule base");
        if (release.rulebase() != null) {
            assertEquals(release.rulebase(), rulebases.get(0), "the answers name the release's rule base");
        }
    }

    private static JsonNode webhook(Service service) {
        HttpResponse<String> response = call(service, "POST", "/admin/releases/fetch", null);
        assertEquals(200, response.statusCode(), response.body());
        return read(response);
    }

    private static String metrics(Service service) {
        return call(service, "GET", "/metrics", null).body();
    }

    private static HttpResponse<String> call(Service service, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void await(String what, Condition condition) {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        try {
            while (!condition.holds()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(what + ": not within " + WITHIN + "; a " + a.fleet().map(FleetSync::status)
                            + (b == null ? "" : "; b " + b.fleet().map(FleetSync::status)));
                }
                Thread.sleep(50);
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(what, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
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
}
