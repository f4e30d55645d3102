package kitei.release;

import java.util.Optional;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.http.Responses;
import kitei.http.Routes;
import kitei.problem.ProblemException;
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
            throw new ProblemException(ProblemType.CONFLICT,
                    "this instance follows no shared repository; start it with serve --rules-repo URL");
        }
        Future.fromCompletionStage(fleet.get().fetchNow("webhook"), context.vertx().getOrCreateContext())
                .onSuccess(status -> Responses.ok(context, status))
                .onFailure(context::fail);
    }
}
