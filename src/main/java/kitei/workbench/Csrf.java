package kitei.workbench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;

/**
 * The synchronizer token pattern: one random token per session, written into every form as a hidden
 * field (and sent by htmx as a header); a POST without it, or with another, is refused. The session
 * cookie is SameSite=Strict as well, so a cross-site form arrives without a session in modern browsers;
 * the token also covers older ones, and forms forged on the same site.
 */
public final class Csrf {

    public static final String FIELD = "csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final String KEY = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The session's token, made on first use. */
    public static String token(RoutingContext context) {
        Session session = context.session();
        String token = session.get(KEY);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.put(KEY, token);
        }
        return token;
    }

    /** The hidden field every form of the workbench carries. */
    public static String field(RoutingContext context) {
        return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + Html.e(token(context)) + "\">";
    }

    static boolean valid(RoutingContext context) {
        String expected = context.session() == null ? null : context.session().get(KEY);
        String sent = context.request().getFormAttribute(FIELD);
        if (sent == null) {
            sent = context.request().getHeader(HEADER);
        }
        return expected != null && sent != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
