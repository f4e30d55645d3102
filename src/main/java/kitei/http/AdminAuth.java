package kitei.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import kitei.problem.ProblemType;

/**
 * Guards {@code /admin/…}: a bearer token from configuration, compared in constant time. No token
 * → 401, a wrong one → 403. With no token configured the admin operations are off (404).
 */
public final class AdminAuth implements Handler<RoutingContext> {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    public AdminAuth(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public boolean enabled() {
        return token != null;
    }

    @Override
    public void handle(RoutingContext context) {
        if (token == null) {
            context.fail(ProblemType.NOT_FOUND.status());
            return;
        }
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"kitei-admin\"");
            context.fail(ProblemType.UNAUTHORIZED.status());
            return;
        }
        byte[] offered = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, offered)) {
            context.fail(ProblemType.FORBIDDEN.status());
            return;
        }
        context.next();
    }
}
