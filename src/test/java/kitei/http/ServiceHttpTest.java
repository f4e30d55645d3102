package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import kitei.TestRuleBase;
import kitei.engine.RuleSources;

/** The service over real HTTP on a free port: one test per status code of the decision endpoints. */
class ServiceHttpTest {

    private static final String ELIGIBLE = """
            {"asOf": "2026-11-25",
             "customer": {"mobileServices": [{"service": "TYPE_D", "itemCategory": "I"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_D"], "terminators": 1}]},
             "setup": {"realms": ["example.co.jp"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}
            """;

    private static Vertx clientVertx;
    private static WebClient client;
    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start(new HttpConfig("127.0.0.1", 0, 4096, null), RuleSources.fromDirectory(Path.of(".")), TestRuleBase.TODAY)
                .await();
        service.loaded().await();
        clientVertx = Vertx.vertx();
        client = WebClient.create(clientVertx);
    }

    @AfterAll
    static void stop() {
        client.close();
        clientVertx.close().await();
        service.stop().await();
    }

    private static HttpResponse<Buffer> post(String path, String contentType, String body) {
        var request = client.post(service.port(), "127.0.0.1", path);
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        return request.sendBuffer(Buffer.buffer(body)).await();
    }

    private static List<String> pointers(JsonObject problem) {
        List<String> pointers = new ArrayList<>();
        JsonArray errors = problem.getJsonArray("errors");
        for (int i = 0; i < errors.size(); i++) {
            pointers.add(errors.getJsonObject(i).getString("pointer"));
        }
        return pointers;
    }

    @Test
    void readinessNamesTheLoadedRuleBase() {
        HttpResponse<Buffer> response = client.get(service.port(), "127.0.0.1", "/health/ready").send().await();
        assertEquals(200, response.statusCode());
        assertEquals(service.loaded().result().id(), response.bodyAsJsonObject().getString("rulebase"));
    }

    @Test
    void aDecisionAnswers200WithVerdictTariffAndTrace() {
        HttpResponse<Buffer> response = post("/v1/eligibility", "application/json", ELIGIBLE);
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.getHeader("Content-Type"));
        JsonObject answer = response.bodyAsJsonObject();
        assertEquals("ELIGIBLE", answer.getString("verdict"));
        assertEquals("2019-12-01", answer.getJsonObject("tariff").getString("version"));
        assertNotNull(answer.getString("decisionId"));
        assertFalse(answer.getJsonArray("trace").isEmpty());
    }

    @Test
    void malformedJsonIs400AtTheRoot() {
        HttpResponse<Buffer> response = post("/v1/eligibility", "application/json", "{\"order\": ");
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.getHeader("Content-Type"));
        assertEquals(List.of(""), pointers(response.bodyAsJsonObject()));
    }

    @Test
    void everyBadFieldIs400WithItsPointer() {
        HttpResponse<Buffer> response = post("/v1/eligibility", "application/json", """
                {"asOf": "2026-13-01", "order": {"contracts": [{"type": "FOO"}, {"type": "CLIENT", "terminals": [{"ip": "not-an-ip"}]}]}}
                """);
        assertEquals(400, response.statusCode());
        JsonObject problem = response.bodyAsJsonObject();
        assertEquals(List.of("/asOf", "/order/contracts/0/type", "/order/contracts/1/terminals/0/ip"), pointers(problem));
        assertEquals("unknown type 'FOO'; expected one of CLIENT, VPDN, PROXY, GROUP",
                problem.getJsonArray("errors").getJsonObject(1).getString("detail"));
        assertFalse(response.bodyAsString().contains("Exception"), "no stack trace reaches a client");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"order\": {\"contracts\": []}, \"padding\": \"" + "x".repeat(5000) + "\"}";
        HttpResponse<Buffer> response = post("/v1/eligibility", "application/json", big);
        assertEquals(413, response.statusCode());
        assertEquals(413, response.bodyAsJsonObject().getInteger("status"));
    }

    @Test
    void anotherMediaTypeIs415() {
        HttpResponse<Buffer> response = post("/v1/eligibility", "text/plain", ELIGIBLE);
        assertEquals(415, response.statusCode());
        assertEquals("application/problem+json", response.getHeader("Content-Type"));
    }

    @Test
    void noMediaTypeIs415SayingSo() {
        HttpResponse<Buffer> response = post("/v1/eligibility", null, ELIGIBLE);
        assertEquals(415, response.statusCode());
        assertEquals("send the request body as application/json; the request has no Content-Type header",
                response.bodyAsJsonObject().getString("detail"));
    }

    @Test
    void anAsOfBeforeTheLoadedTextIs422NamingTheVersions() {
        HttpResponse<Buffer> response = post("/v1/eligibility", "application/json", ELIGIBLE.replace("2026-11-25", "2019-11-30"));
        assertEquals(422, response.statusCode());
        JsonObject problem = response.bodyAsJsonObject();
        assertEquals(new JsonArray().add("2019-12-01"), problem.getJsonArray("loadedVersions"));
        assertTrue(problem.getString("detail").contains("2019-12-01"));
    }

    @ParameterizedTest
    @CsvSource({"POST, /v1/nothing", "GET, /nothing", "GET, /workbench-not", "PUT, /v1/eligibility/more", "DELETE, /health"})
    void anUnknownPathIs404ProblemDocument(String method, String path) {
        HttpResponse<Buffer> response = send(method, path);
        assertEquals(404, response.statusCode(), response::bodyAsString);
        assertEquals("application/problem+json", response.getHeader("Content-Type"));
        assertEquals("urn:kitei:problem:not-found", response.bodyAsJsonObject().getString("type"));
        assertEquals("no endpoint at " + path, response.bodyAsJsonObject().getString("detail"));
    }

    @ParameterizedTest
    @CsvSource({"GET, /v1/eligibility, POST", "PUT, /v1/batch, POST", "POST, /health/live, 'GET, HEAD'",
            "DELETE, /openapi.json, 'GET, HEAD'", "PATCH, /metrics, 'GET, HEAD'"})
    void anotherMethodOnAKnownPathIs405WithAllow(String method, String path, String allow) {
        HttpResponse<Buffer> response = send(method, path);
        assertEquals(405, response.statusCode(), response::bodyAsString);
        assertEquals(allow, response.getHeader("Allow"));
        assertEquals("application/problem+json", response.getHeader("Content-Type"));
        assertEquals("urn:kitei:problem:method-not-allowed", response.bodyAsJsonObject().getString("type"));
        assertEquals(method + " is not allowed on " + path + "; allowed: " + allow, response.bodyAsJsonObject().getString("detail"));
    }

    @ParameterizedTest
    @CsvSource({"/health/live, application/json", "/health/ready, application/json", "/openapi.json, application/json",
            "/metrics, text/plain; version=0.0.4; charset=utf-8", "/v1/tariff, application/json"})
    void headIsServedWhereverGetIsWithoutABody(String path, String contentType) {
        HttpResponse<Buffer> get = send("GET", path);
        HttpResponse<Buffer> head = send("HEAD", path);
        assertEquals(get.statusCode(), head.statusCode());
        assertEquals(200, head.statusCode());
        assertEquals(contentType, head.getHeader("Content-Type"));
        assertTrue(head.body() == null || head.body().length() == 0, "HEAD answered a body");
    }

    @Test
    void headOfAnUnknownPathIs404WithoutABody() {
        HttpResponse<Buffer> response = send("HEAD", "/nothing");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.getHeader("Content-Type"));
        assertTrue(response.body() == null || response.body().length() == 0, "HEAD answered a body");
    }

    private static HttpResponse<Buffer> send(String method, String path) {
        return client.request(HttpMethod.valueOf(method), service.port(), "127.0.0.1", path).send().await();
    }
}
