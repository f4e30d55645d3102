package kitei.release;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.decision.Json;
import kitei.http.Routes;
import kitei.problem.Problem;
import kitei.problem.ProblemType;

/**
 * {@code POST /admin/releases/fetch} (behind the admin token): the webhook a shared repository calls on
 * a push, so that this instance fetches at once instead of at its next interval. Answers, once the
 * head fetched has been gated (and activated, or refused), with where this instance stands.
 */
public final class FleetAdmin implements Routes {

    private final Optional<FleetSync> fleet;

    public FleetAdmin(Optional<FleetSync> fleet) {
        this.fleet = fleet;
    }

    @Override
    public void mount(Router router, Vertx vertx) {
        router.post("/admin/releases/fetch").handler(this::fetch);
    }

    private void fetch(RoutingContext context) {
        if (fleet.isEmpty()) {
            send(context, ProblemType.CONFLICT.status(), Problem.MEDIA_TYPE, Problem.of(ProblemType.CONFLICT,
                    "this instance follows no shared repository; start it with serve --rules-repo URL"));
            return;
        }
        Future.fromCompletionStage(fleet.get().fetchNow("webhook"), context.vertx().getOrCreateContext())
                .onSuccess(status -> send(context, 200, "application/json", status))
                .onFailure(context::fail);
    }

    private static void send(RoutingContext context, int status, String mediaType, Object body) {
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType)
                    .end(Buffer.buffer(Json.MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
