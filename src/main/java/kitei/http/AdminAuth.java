package kitei.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Guards {@code /admin/…}: the configured admin bearer token (see {@link BearerAuth}). No token sent
 * → 401, a wrong one → 403; with no token configured the admin operations are off (404).
 */
public final class AdminAuth implements Handler<RoutingContext> {

    private final BearerAuth guard;

    public AdminAuth(String token) {
        this.guard = BearerAuth.required(token, "kitei-admin");
    }

    @Override
    public void handle(RoutingContext context) {
        guard.handle(context);
    }
}
