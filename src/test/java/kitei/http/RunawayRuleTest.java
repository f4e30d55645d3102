package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;
import kitei.decision.Json;
import kitei.engine.DecisionBudget;
import kitei.engine.RuleSources;

/**
 * A rule that loops answers a problem document for its own request, within the decision budget;
 * the requests around it are answered as usual, and the event loops never wait for it.
 */
class RunawayRuleTest {

    private static final String REQUEST = """
            {"asOf": "2026-11-25",
             "customer": {"mobileServices": [{"service": "TYPE_D", "itemCategory": "I"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_D"], "terminators": 1}]},
             "setup": {"realms": ["%s"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}
            """;
    private static final long BUDGET_MILLIS = DecisionBudget.standard().wallClock().toMillis();

    private static Service service;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        byte[] runaway;
        try (InputStream in = RunawayRuleTest.class.getResourceAsStream("/kitei/confine/runaway.drl")) {
            runaway = in.readAllBytes();
        }
        RuleSources repo = RuleSources.fromDirectory(Path.of("."));
        RuleSources sources = new RuleSources("runaway rules", repo.with("rules/eligibility/zz-runaway.drl", runaway).files());
        service = Service.start(new HttpConfig("127.0.0.1", 0, 64 * 1024, null), sources, TestRuleBase.TODAY).await();
        service.loaded().await();
    }

    @AfterAll
    static void stop() {
        service.stop().await();
    }

    @Test
    void aRuleThatReFiresWithoutEndIsStoppedAtTheFiringLimit() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = decide("refire.example.jp").get();
        long millis = (System.nanoTime() - started) / 1_000_000;

        JsonNode problem = Json.MAPPER.readTree(answer.body());
        assertEquals(500, answer.statusCode(), answer::body);
        assertEquals("urn:kitei:problem:decision-budget-exceeded", problem.path("type").asText());
        // Each firing inserts one fact: the insert limit and the firing limit are reached together.
        assertTrue(problem.path("detail").asText().matches("the decision was stopped: it (fired|inserted more than) "
                + DecisionBudget.DEFAULT_MAX_FIRINGS + " (rules|facts).*"), answer::body);
        assertTrue(problem.path("detail").asText().contains("rules/eligibility/zz-runaway.drl:"), answer::body);
        // Stopped by its budget, well before the request's own timeout would have answered for it.
        assertTrue(millis < HttpConfig.DEFAULT_REQUEST_TIMEOUT_MILLIS / 2, "answered after " + millis + " ms");
        assertEquals(200, decide("example.co.jp").get().statusCode());
    }

    @Test
    void aRuleSpinningInJavaIsAnsweredAtItsBudgetWhileOthersAreServed() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> spinning = decide("spin.example.jp");
        List<CompletableFuture<HttpResponse<String>>> others = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            others.add(decide("example.co.jp"));
            Thread.sleep(25);
        }
        for (CompletableFuture<HttpResponse<String>> other : others) {
            assertEquals(200, other.get().statusCode(), () -> other.join().body());
        }
        long othersDone = (System.nanoTime() - started) / 1_000_000;

        HttpResponse<String> answer = spinning.get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        JsonNode problem = Json.MAPPER.readTree(answer.body());
        assertEquals(500, answer.statusCode(), answer::body);
        assertEquals("urn:kitei:problem:decision-budget-exceeded", problem.path("type").asText());
        assertTrue(problem.path("detail").asText().startsWith("the decision did not finish within"), answer::body);
        assertTrue(millis >= BUDGET_MILLIS && millis < 8_000, "the spinning rule was answered after " + millis + " ms");
        assertTrue(othersDone < millis, "the others waited for the spinning rule: done after " + othersDone + " ms");
        assertTrue(metrics().contains("kitei_decision_workers_abandoned_total 1.0"), RunawayRuleTest::metrics);
        assertEquals(200, get("/health/ready").statusCode());
    }

    private static CompletableFuture<HttpResponse<String>> decide(String realm) {
        return HTTP.sendAsync(HttpRequest.newBuilder(uri("/v1/eligibility")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REQUEST.formatted(realm))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) {
        return HTTP.sendAsync(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).join();
    }

    private static String metrics() {
        return get("/metrics").body();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }
}
