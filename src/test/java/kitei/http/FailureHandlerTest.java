package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import kitei.engine.ServingRuleBase;
import kitei.problem.Problem;
import kitei.problem.ProblemException;
import kitei.problem.ProblemType;

/** The failure handler on a router of its own: what each kind of failure a route raises is answered with. */
class FailureHandlerTest {

    private final Vertx vertx = Vertx.vertx();
    private final WebClient client = WebClient.create(vertx);

    @AfterEach
    void close() {
        vertx.close().await();
    }

    private JsonObject answer(ProblemType expected, Handler<RoutingContext> route) {
        Router router = Router.router(vertx);
        router.get("/failing").handler(route);
        router.route().failureHandler(new FailureHandler(HttpConfig.of("127.0.0.1", 0)));
        int port = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await().actualPort();
        HttpResponse<Buffer> response = client.get(port, "127.0.0.1", "/failing").send().await();
        assertEquals(expected.status(), response.statusCode(), response.bodyAsString());
        assertEquals(Problem.MEDIA_TYPE, response.getHeader("Content-Type"));
        JsonObject problem = response.bodyAsJsonObject();
        assertEquals(expected.uri(), problem.getString("type"));
        assertEquals(expected.title(), problem.getString("title"));
        assertEquals(expected.status(), problem.getInteger("status"));
        return problem;
    }

    @Test
    void anUnexpectedFailureIs500AndShowsNothingOfIt() {
        JsonObject problem = answer(ProblemType.INTERNAL, context -> {
            throw new IllegalStateException("secret inner state");
        });
        assertEquals("the request failed unexpectedly; the failure is logged", problem.getString("detail"));
        assertFalse(problem.encode().contains("secret"));
    }

    @Test
    void anIoFailureOfOursIs500NotBadInput() {
        answer(ProblemType.INTERNAL, context -> context.fail(new UncheckedIOException(new IOException("disk gone"))));
        answer(ProblemType.INTERNAL, context -> context.fail(new IOException("disk gone")));
    }

    @Test
    void aRuleBaseStillLoadingIs503() {
        JsonObject problem = answer(ProblemType.UNAVAILABLE, context -> new ServingRuleBase().require());
        assertEquals("the rule base is still loading; GET /health/ready answers 200 once it is loaded", problem.getString("detail"));
    }

    @Test
    void aTypedFailureIsItsType() {
        JsonObject problem = answer(ProblemType.CONFLICT, context -> {
            throw new ProblemException(ProblemType.CONFLICT, "taken");
        });
        assertEquals("taken", problem.getString("detail"));
    }

    @Test
    void aTypedFailureThroughTheContextIsItsType() {
        answer(ProblemType.FORBIDDEN, context -> Responses.fail(context, new ProblemException(ProblemType.FORBIDDEN, "no")));
    }

    @Test
    void aBareStatusFromVertxIsSaidInWords() {
        JsonObject problem = answer(ProblemType.UNAVAILABLE, context -> context.fail(503));
        assertEquals("the request took longer than " + HttpConfig.DEFAULT_REQUEST_TIMEOUT_MILLIS + " ms", problem.getString("detail"));
    }

    @Test
    void aBareStatusNoTypeHasIs500() {
        answer(ProblemType.INTERNAL, context -> context.fail(418));
    }
}
