package kitei.http;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;

/**
 * The methods a router serves at a path, read from its routes: what tells an unknown path ({@code 404})
 * from a known path asked with another method ({@code 405}, with these methods as {@code Allow}).
 * Only routes bound to one path and to methods count; those that run for every request (metrics,
 * timeouts, body reading, the admin guard) serve no path of their own.
 */
final class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile(":[A-Za-z0-9_]+");

    private AllowedMethods() {
    }

    /** Every method served at the path, by name, sorted; empty when no route serves the path. */
    static Set<String> at(Router router, String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : router.getRoutes()) {
            if (route.methods() != null && route.getPath() != null && route.isExactPath() && serves(route, path)) {
                route.methods().stream().map(HttpMethod::name).forEach(allowed::add);
            }
        }
        return allowed;
    }

    /** Makes every route that serves GET serve HEAD too: the same answer, without its body. */
    static void headWhereverGet(Router router) {
        for (Route route : router.getRoutes()) {
            if (route.methods() != null && route.methods().contains(HttpMethod.GET)) {
                route.method(HttpMethod.HEAD);
            }
        }
    }

    private static boolean serves(Route route, String path) {
        String template = route.getPath();
        if (!route.isRegexPath()) {
            return template.equals(path);
        }
        String[] literals = PARAMETER.split(template, -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < literals.length; i++) {
            regex.append(Pattern.quote(literals[i]));
            if (i < literals.length - 1) {
                regex.append("[^/]+");
            }
        }
        return path.matches(regex.toString());
    }
}
