package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import kitei.TestRuleBase;
import kitei.decisionlog.DecisionLogConfig;
import kitei.engine.RuleSources;
import kitei.problem.Problem;
import kitei.problem.ProblemType;

/**
 * One test per status a route answers with a problem, on a running service (port 0): each answer a
 * problem document whose status, type and title are those of its {@link ProblemType}. The statuses
 * the decoder answers (414, 431) are in {@link HttpEdgesTest}; 500 and 503 in {@link FailureHandlerTest}.
 */
class ProblemStatusHttpTest {

    private static final String ADMIN = "adm1n";
    private static final String DECIDER = "d3cide";
    private static final String ELIGIBLE = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_D", "itemCategory": "I"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_D"]}]}}
            """;

    private static Service service;
    private static Vertx clientVertx;
    private static WebClient client;

    @BeforeAll
    static void start() {
        HttpConfig config = new HttpConfig("127.0.0.1", 0, 4096, ADMIN, DECIDER, 2, HttpConfig.DEFAULT_MAX_NESTING_DEPTH,
                HttpConfig.DEFAULT_REQUEST_TIMEOUT_MILLIS, 1);
        service = Service.start(config, DecisionLogConfig.off(), RuleSources.fromDirectory(Path.of(".")), TestRuleBase.TODAY).await();
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

    private static HttpRequest<Buffer> request(HttpMethod method, String path, String token) {
        HttpRequest<Buffer> request = client.request(method, service.port(), "127.0.0.1", path);
        if (token != null) {
            request.putHeader("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static HttpResponse<Buffer> post(String path, String token, String contentType, String body) {
        HttpRequest<Buffer> request = request(HttpMethod.POST, path, token);
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        return request.sendBuffer(Buffer.buffer(body)).await();
    }

    private static JsonObject assertProblem(ProblemType type, HttpResponse<Buffer> response) {
        assertEquals(type.status(), response.statusCode(), response.bodyAsString());
        assertEquals(Problem.MEDIA_TYPE, response.getHeader("Content-Type"));
        JsonObject problem = response.bodyAsJsonObject();
        assertEquals(type.uri(), problem.getString("type"));
        assertEquals(type.title(), problem.getString("title"));
        assertEquals(type.status(), problem.getInteger("status"));
        return problem;
    }

    @Test
    void aBadRequestIs400NamingTheField() {
        JsonObject problem = assertProblem(ProblemType.BAD_INPUT,
                post("/v1/eligibility", DECIDER, "application/json", ELIGIBLE.replace("2026-11-25", "2026-13-01")));
        assertEquals("/asOf", problem.getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    void aBatchThatIsNoJsonIs400() {
        JsonObject problem = assertProblem(ProblemType.BAD_INPUT, post("/v1/batch", DECIDER, "application/json", "{\"items\": ["));
        assertEquals("", problem.getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }

    @Test
    void aDecisionWithoutItsTokenIs401WithTheChallenge() {
        HttpResponse<Buffer> response = post("/v1/eligibility", null, "application/json", ELIGIBLE);
        JsonObject problem = assertProblem(ProblemType.UNAUTHORIZED, response);
        assertEquals("send the token as: Authorization: Bearer <token>", problem.getString("detail"));
        assertEquals("Bearer realm=\"kitei-decisions\"", response.getHeader("WWW-Authenticate"));
    }

    @Test
    void anAdminOperationWithAWrongTokenIs403() {
        JsonObject problem = assertProblem(ProblemType.FORBIDDEN, request(HttpMethod.GET, "/admin/rulebase", DECIDER).send().await());
        assertEquals("the token does not grant this operation", problem.getString("detail"));
    }

    @Test
    void anUnknownReleaseIs404() {
        JsonObject problem = assertProblem(ProblemType.NOT_FOUND, request(HttpMethod.GET, "/admin/releases/0000000", ADMIN).send().await());
        assertEquals("no release 0000000 (GET /admin/releases lists them)", problem.getString("detail"));
    }

    @Test
    void anUnknownPublicationIs404() {
        JsonObject problem = assertProblem(ProblemType.NOT_FOUND, request(HttpMethod.GET, "/admin/publications/nope", ADMIN).send().await());
        assertTrue(problem.getString("detail").startsWith("no publication nope (publications are kept in memory"),
                problem.getString("detail"));
    }

    @Test
    void anotherMethodIs405WithAllow() {
        HttpResponse<Buffer> response = request(HttpMethod.DELETE, "/v1/tariff", null).send().await();
        assertProblem(ProblemType.METHOD_NOT_ALLOWED, response);
        assertEquals("GET, HEAD", response.getHeader("Allow"));
    }

    @Test
    void aWebhookWithoutASharedRepositoryIs409() {
        JsonObject problem = assertProblem(ProblemType.CONFLICT, request(HttpMethod.POST, "/admin/releases/fetch", ADMIN).send().await());
        assertEquals("this instance follows no shared repository; start it with serve --rules-repo URL", problem.getString("detail"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        JsonObject problem = assertProblem(ProblemType.PAYLOAD_TOO_LARGE,
                post("/v1/eligibility", DECIDER, "application/json", "[" + "0,".repeat(4096) + "0]"));
        assertEquals("the request body is larger than 4096 bytes", problem.getString("detail"));
    }

    @Test
    void aBatchOverItsItemLimitIs413() {
        String item = "{\"endpoint\": \"/v1/eligibility\", \"request\": {}}";
        JsonObject problem = assertProblem(ProblemType.PAYLOAD_TOO_LARGE,
                post("/v1/batch", DECIDER, "application/json", "{\"items\": [" + item + "," + item + "," + item + "]}"));
        assertEquals("a batch carries at most 2 items; this one has 3", problem.getString("detail"));
    }

    @Test
    void aBodyThatIsNoJsonIs415() {
        JsonObject problem = assertProblem(ProblemType.UNSUPPORTED_MEDIA_TYPE, post("/v1/batch", DECIDER, "text/plain", "{}"));
        assertEquals("send the request body as application/json, not text/plain", problem.getString("detail"));
    }

    @Test
    void aDayBeforeTheLoadedTextIs422() {
        JsonObject problem = assertProblem(ProblemType.TARIFF_NOT_IN_FORCE,
                post("/v1/eligibility", DECIDER, "application/json", ELIGIBLE.replace("2026-11-25", "2019-11-30")));
        assertEquals("/asOf", problem.getJsonArray("errors").getJsonObject(0).getString("pointer"));
    }
}
