package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.WebClient;

/** The admin guard on its own router: 401 without a token, 403 with a wrong one, 200 with the right one, off without configuration. */
class AdminAuthTest {

    private final Vertx vertx = Vertx.vertx();
    private final WebClient client = WebClient.create(vertx);

    @AfterEach
    void close() {
        vertx.close().await();
    }

    private int serve(String configuredToken) {
        Router router = Router.router(vertx);
        router.route("/admin/*").handler(new AdminAuth(configuredToken));
        router.get("/admin/rulebase").handler(context -> context.response().end("{}"));
        HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1").await();
        return server.actualPort();
    }

    private int status(int port, String authorization) {
        var request = client.get(port, "127.0.0.1", "/admin/rulebase");
        if (authorization != null) {
            request.putHeader("Authorization", authorization);
        }
        return request.send().await().statusCode();
    }

    @Test
    void noTokenIs401() {
        assertEquals(401, status(serve("t0ken"), null));
    }

    @Test
    void aWrongTokenIs403() {
        assertEquals(403, status(serve("t0ken"), "Bearer t0ke"));
    }

    @Test
    void theRightTokenPasses() {
        assertEquals(200, status(serve("t0ken"), "Bearer t0ken"));
    }

    @Test
    void anotherSchemeIs401() {
        assertEquals(401, status(serve("t0ken"), "Basic dDBrZW4="));
    }

    @Test
    void withNoTokenConfiguredAdminIsOff() {
        assertEquals(404, status(serve(null), "Bearer anything"));
    }
}
