package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import kitei.TestRuleBase;
import kitei.decision.Json;
import kitei.decisionlog.DecisionLogConfig;
import kitei.decisionlog.DecisionLogMode;
import kitei.engine.RuleSources;

/** The decision log as a client and an operator see it: what is answered, what is logged, what readiness says. */
class DecisionLogHttpTest {

    private static final String ELIGIBILITY = OperationsHttpTest.ELIGIBILITY;
    private static final String UNPAIRED_REALM = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_D", "itemCategory": "I"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_D"]}]}, "setup": {"realms": ["\\ud800.jp"]}}
            """;

    @TempDir
    Path dir;

    private Service service;
    private Vertx clientVertx;
    private WebClient client;

    private void start(DecisionLogConfig log) {
        service = Service.start(HttpConfig.of("127.0.0.1", 0), log, RuleSources.fromDirectory(Path.of(".")), TestRuleBase.TODAY).await();
        service.loaded().await();
        clientVertx = Vertx.vertx();
        client = WebClient.create(clientVertx);
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

    private HttpResponse<Buffer> post(String path, String body) {
        return client.post(service.port(), "127.0.0.1", path).putHeader("Content-Type", "application/json")
                .sendBuffer(Buffer.buffer(body)).await();
    }

    private HttpResponse<Buffer> get(String path) {
        return client.get(service.port(), "127.0.0.1", path).send().await();
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheFieldAndTheLogKeepsFlowing() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        start(DecisionLogConfig.at(file).withMode(DecisionLogMode.WRITTEN));
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<Buffer> refused = post("/v1/eligibility", UNPAIRED_REALM);
            assertEquals(400, refused.statusCode(), refused.bodyAsString());
            JsonObject error = refused.bodyAsJsonObject().getJsonArray("errors").getJsonObject(0);
            assertEquals("/setup/realms/0", error.getString("pointer"));
            assertTrue(error.getString("detail").contains("unpaired UTF-16 surrogate"), error.encode());

            HttpResponse<Buffer> batch = post("/v1/batch", "{\"items\": [{\"endpoint\": \"/v1/eligibility\", \"request\": " + UNPAIRED_REALM + "}]}");
            assertEquals(400, batch.bodyAsJsonObject().getJsonArray("items").getJsonObject(0).getInteger("status"));

            HttpResponse<Buffer> fine = post("/v1/eligibility", ELIGIBILITY);
            assertEquals(200, fine.statusCode(), fine.bodyAsString());
            answered.add(fine.bodyAsJsonObject().getString("decisionId"));
        }
        assertEquals(200, get("/health/ready").statusCode());
        service.stop().await();
        service = null;
        List<String> logged = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            logged.add(Json.MAPPER.readTree(line).path("decisionId").asText());
        }
        assertEquals(answered, logged);
    }

    @Test
    void whileTheLogCannotBeWrittenDecisionsAre503ReadinessSaysWhyAndTheMetricsCountIt() {
        // /dev/full takes the open and fails every write with ENOSPC, as a full disk does.
        start(DecisionLogConfig.at(Path.of("/dev/full")).withMode(DecisionLogMode.WRITTEN));
        HttpResponse<Buffer> first = post("/v1/eligibility", ELIGIBILITY);
        assertEquals(503, first.statusCode(), first.bodyAsString());
        assertEquals("application/problem+json", first.getHeader("Content-Type"));
        assertTrue(first.bodyAsJsonObject().getString("detail").contains("No space left on device"), first.bodyAsString());
        HttpResponse<Buffer> second = post("/v1/eligibility", ELIGIBILITY);
        assertEquals(503, second.statusCode(), "refused at once while failing, never a 200 without its record");

        HttpResponse<Buffer> ready = get("/health/ready");
        assertEquals(503, ready.statusCode());
        assertEquals("FAILING", ready.bodyAsJsonObject().getString("status"));
        assertTrue(ready.bodyAsJsonObject().getString("detail").startsWith("decision log: cannot write /dev/full: No space left on device"),
                ready.bodyAsString());

        String metrics = get("/metrics").bodyAsString();
        assertTrue(metrics.contains("kitei_decision_log_refused_total 2.0"), metrics);
        assertTrue(metrics.contains("kitei_decision_log_healthy 0.0"), metrics);
        assertTrue(metrics.contains("kitei_decision_log_write_failures_total"), metrics);
        assertTrue(!metrics.contains("kitei_decisions_total{"), "a refused decision is not counted as answered");
    }
}
