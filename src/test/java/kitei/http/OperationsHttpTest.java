package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import kitei.TestRuleBase;
import kitei.decision.Json;
import kitei.decisionlog.DecisionLogConfig;
import kitei.engine.RuleSources;

/** Health, metrics, batch, limits, tokens and the decision log, on a running service. */
class OperationsHttpTest {

    static final String ELIGIBILITY = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_D", "itemCategory": "I"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_D"]}]}}
            """;

    @TempDir
    Path dir;

    private Service service;
    private Vertx clientVertx;
    private WebClient client;

    private void start(HttpConfig config, DecisionLogConfig log) {
        service = Service.start(config, log, RuleSources.fromDirectory(Path.of(".")), TestRuleBase.TODAY).await();
        service.loaded().await();
        clientVertx = Vertx.vertx();
        client = WebClient.create(clientVertx, new WebClientOptions(), new PoolOptions().setHttp1MaxSize(32));
    }

    private void start() {
        start(HttpConfig.of("127.0.0.1", 0), DecisionLogConfig.off());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
            clientVertx.close().await();
        }
        if (service != null) {
            service.stop().await();
        }
    }

    private Future<HttpResponse<Buffer>> post(String path, String body, String token) {
        var request = client.post(service.port(), "127.0.0.1", path).putHeader("Content-Type", "application/json");
        if (token != null) {
            request.putHeader("Authorization", "Bearer " + token);
        }
        return request.sendBuffer(Buffer.buffer(body));
    }

    private HttpResponse<Buffer> get(String path) {
        return client.get(service.port(), "127.0.0.1", path).send().await();
    }

    @Test
    void readinessNamesTheTariffVersionAndTheRuleBase() {
        start();
        JsonObject ready = get("/health/ready").bodyAsJsonObject();
        assertEquals("READY", ready.getString("status"));
        assertEquals("2019-12-01", ready.getJsonObject("tariff").getString("version"));
        assertEquals(service.loaded().result().id(), ready.getString("rulebase"));
        assertEquals(200, get("/health/live").statusCode());
    }

    @Test
    void aRuleBaseThatFailsToLoadMakesReadinessSayFailedWithTheReason() {
        RuleSources broken = RuleSources.fromDirectory(Path.of(".")).with("rules/broken.drl",
                "package kitei.rules.broken;\nrule \"half a rule\" when then".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        service = Service.start(HttpConfig.of("127.0.0.1", 0), DecisionLogConfig.off(), broken, TestRuleBase.TODAY).await();
        try {
            service.loaded().await();
        } catch (RuntimeException expected) {
            // the load fails; readiness must say so
        }
        clientVertx = Vertx.vertx();
        client = WebClient.create(clientVertx);
        HttpResponse<Buffer> ready = get("/health/ready");
        assertEquals(503, ready.statusCode());
        assertEquals("FAILED", ready.bodyAsJsonObject().getString("status"));
        assertTrue(ready.bodyAsJsonObject().getString("detail").contains("rules/broken.drl"), ready.bodyAsString());
        assertEquals(503, post("/v1/eligibility", ELIGIBILITY, null).await().statusCode());
    }

    @Test
    void metricsCountDecisionsStatusesLoadsAndTheJvm() {
        start();
        assertEquals(200, post("/v1/eligibility", ELIGIBILITY, null).await().statusCode());
        assertEquals(400, post("/v1/eligibility", "{}", null).await().statusCode());
        HttpResponse<Buffer> scrape = get("/metrics");
        assertEquals(200, scrape.statusCode());
        String text = scrape.bodyAsString();
        assertTrue(text.contains("kitei_decisions_total{endpoint=\"/v1/eligibility\",outcome=\"CONDITIONAL\"} 1.0"), text);
        assertTrue(text.contains("kitei_decision_duration_seconds_bucket{endpoint=\"/v1/eligibility\""), "latency histogram");
        assertTrue(text.contains("kitei_http_responses_total{status=\"400\"} 1.0"), "HTTP statuses");
        assertTrue(text.contains("kitei_rulebase_loads_total{result=\"success\"} 1.0"));
        String release = service.releases().serving().orElseThrow().id();
        assertTrue(text.contains("kitei_rulebase_info{release=\"" + release + "\",rulebase=\"" + service.loaded().result().id() + "\""), text);
        assertTrue(text.contains("jvm_memory_used_bytes") && text.contains("jvm_gc_"), "JVM memory and GC");
    }

    @Test
    void aBatchAnswersEachItemInOrderAndABadItemFailsAlone() {
        start();
        String batch = "{\"items\": [{\"endpoint\": \"/v1/eligibility\", \"request\": " + ELIGIBILITY + "},"
                + "{\"endpoint\": \"/v1/eligibility\", \"request\": {\"order\": {\"contracts\": [{\"type\": \"FOO\"}]}}},"
                + "{\"endpoint\": \"/v1/nowhere\", \"request\": {}},"
                + "{\"endpoint\": \"/v1/eligibility\", \"request\": " + ELIGIBILITY.replace("2026-11-25", "2019-01-01") + "}]}";
        HttpResponse<Buffer> response = post("/v1/batch", batch, null).await();
        assertEquals(200, response.statusCode());
        JsonArray items = response.bodyAsJsonObject().getJsonArray("items");
        assertEquals(List.of(200, 400, 400, 422), items.stream().map(i -> ((JsonObject) i).getInteger("status")).toList());
        assertEquals("CONDITIONAL", items.getJsonObject(0).getJsonObject("body").getString("verdict"));
        assertEquals("/order/contracts/0/type", items.getJsonObject(1).getJsonObject("body").getJsonArray("errors").getJsonObject(0).getString("pointer"));
        assertEquals("/items/2/endpoint", items.getJsonObject(2).getJsonObject("body").getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    void aBatchOverItsBoundIs413() {
        start(new HttpConfig("127.0.0.1", 0, 1 << 20, null, null, 2, 32, 10_000, 2), DecisionLogConfig.off());
        String item = "{\"endpoint\": \"/v1/eligibility\", \"request\": " + ELIGIBILITY + "}";
        assertEquals(413, post("/v1/batch", "{\"items\": [" + item + "," + item + "," + item + "]}", null).await().statusCode());
    }

    @Test
    void jsonNestedDeeperThanTheLimitIs400() {
        start(new HttpConfig("127.0.0.1", 0, 1 << 20, null, null, 100, 8, 10_000, 2), DecisionLogConfig.off());
        String deep = "{\"order\": " + "[".repeat(20) + "]".repeat(20) + "}";
        HttpResponse<Buffer> response = post("/v1/eligibility", deep, null).await();
        assertEquals(400, response.statusCode());
        assertTrue(response.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0).getString("detail").contains("nesting"),
                response.bodyAsString());
    }

    @Test
    void aConfiguredDecisionTokenIsRequired() {
        start(new HttpConfig("127.0.0.1", 0, 1 << 20, null, "s3cret", 100, 32, 10_000, 2), DecisionLogConfig.off());
        assertEquals(401, post("/v1/eligibility", ELIGIBILITY, null).await().statusCode());
        assertEquals(403, post("/v1/eligibility", ELIGIBILITY, "guess").await().statusCode());
        assertEquals(200, post("/v1/eligibility", ELIGIBILITY, "s3cret").await().statusCode());
    }

    @Test
    void underConcurrentLoadOnATinyQueueEveryAnsweredDecisionIsLoggedExactlyOnce() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        start(HttpConfig.of("127.0.0.1", 0), new DecisionLogConfig(file, 1L << 30, 3, 2));
        List<Future<HttpResponse<Buffer>>> responses = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            responses.add(post("/v1/eligibility", ELIGIBILITY, null));
        }
        Future.join(responses).await();
        List<String> answered = new ArrayList<>();
        int refused = 0;
        for (Future<HttpResponse<Buffer>> response : responses) {
            HttpResponse<Buffer> r = response.result();
            if (r.statusCode() == 200) {
                answered.add(r.bodyAsJsonObject().getString("decisionId"));
            } else {
                assertEquals(503, r.statusCode(), r.bodyAsString());
                refused++;
            }
        }
        service.stop().await();
        service = null;
        Map<String, Integer> logged = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            logged.merge(Json.MAPPER.readTree(line).path("decisionId").asText(), 1, Integer::sum);
        }
        assertEquals(answered.size(), logged.size(), "answered " + answered.size() + ", refused " + refused);
        assertTrue(logged.keySet().containsAll(answered));
        assertTrue(logged.values().stream().allMatch(n -> n == 1));
    }
}
