package kitei.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import kitei.problem.ProblemException;
import kitei.problem.ProblemType;

/**
 * A bearer token from configuration, compared in constant time: none sent → 401, a wrong one → 403.
 * With no token configured the routes are either open or off, as the guard was made.
 */
public final class BearerAuth implements Handler<RoutingContext> {

    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final String realm;
    private final boolean offWithoutToken;

    private BearerAuth(String token, String realm, boolean offWithoutToken) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.realm = realm;
        this.offWithoutToken = offWithoutToken;
    }

    /** Routes that exist only when a token is configured (the admin operations). */
    public static BearerAuth required(String token, String realm) {
        return new BearerAuth(token, realm, true);
    }

    /** Routes that are open unless a token is configured (the decisions). */
    public static BearerAuth optional(String token, String realm) {
        return new BearerAuth(token, realm, false);
    }

    @Override
    public void handle(RoutingContext context) {
        if (token == null) {
            if (offWithoutToken) {
                Responses.fail(context, new ProblemException(ProblemType.NOT_FOUND, "no endpoint at " + context.request().path()));
            } else {
                context.next();
            }
            return;
        }
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"" + realm + "\"");
            Responses.fail(context, new ProblemException(ProblemType.UNAUTHORIZED, "send the token as: Authorization: Bearer <token>"));
            return;
        }
        byte[] offered = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(token, offered)) {
            Responses.fail(context, new ProblemException(ProblemType.FORBIDDEN, "the token does not grant this operation"));
            return;
        }
        context.next();
    }
}
