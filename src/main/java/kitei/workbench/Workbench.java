package kitei.workbench;

import static kitei.workbench.Html.e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import kitei.http.Responses;
import kitei.http.Routes;
import kitei.release.Publications;
import kitei.release.Release;
import kitei.workbench.change.ChangePages;
import kitei.workbench.history.HistoryPages;
import kitei.workbench.tables.TablePages;
import kitei.workbench.tariff.TariffPage;
import kitei.workbench.trying.TryPages;
import kitei.workbench.users.Role;
import kitei.workbench.users.SignInThrottle;

/**
 * The analysts' workbench, on the service's own port: {@code GET /} is its home, everything else is
 * under {@code /workbench/}. Pages are rendered on the server; htmx (served from this jar) only polls
 * a running gate. Every page carries a strict Content-Security-Policy: scripts and styles from here only.
 */
public final class Workbench implements Routes {

    public static final String UPLOAD_PATH = "/workbench/drafts";
    static final String SESSION_COOKIE = "kitei-session";
    static final long SESSION_MINUTES = 8 * 60;
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final Map<String, String> ASSETS = Map.of(
            "htmx.min.js", "META-INF/resources/webjars/htmx.org/2.0.4/dist/htmx.min.js",
            "workbench.css", "kitei/workbench/workbench.css");

    /** What someone not signed in may reach: signing in and out. */
    private static final java.util.Set<String> OPEN = java.util.Set.of("/workbench/sign-in", "/workbench/sign-out", "/workbench/signed-out");

    private final Backend backend;

    public Workbench(Backend backend) {
        this.backend = backend;
    }

    @Override
    public void mount(Router router, Vertx vertx) {
        SessionHandler sessions = SessionHandler.create(LocalSessionStore.create(vertx))
                .setSessionCookieName(SESSION_COOKIE)
                .setCookieHttpOnlyFlag(true)
                .setCookieSameSite(CookieSameSite.STRICT)
                .setCookieSecureFlag(Boolean.getBoolean("kitei.workbench.secureCookie"))
                .setSessionTimeout(SESSION_MINUTES * 60_000)
                // No session (nor cookie) until a page needs one: a form's token, or a sign-in. Visits cost no memory.
                .setLazySession(true);
        Access access = new Access(backend.users());
        router.get("/workbench/assets/:file").handler(Workbench::asset);
        for (String path : new String[] {"/", "/workbench/*"}) {
            router.route(path).handler(Workbench::headers);
            router.route(path).handler(sessions);
            router.route(path).handler(access::identify);
            router.route(path).handler(Workbench::checkCsrfUnlessUpload);
        }
        Handler<RoutingContext> viewers = Access.need(Role.VIEWER);
        router.route("/workbench/*").handler(context -> {
            if (OPEN.contains(context.request().path())) {
                context.next();
            } else {
                viewers.handle(context);
            }
        });
        router.get("/").handler(this::home);
        new SignIn(backend.users(), new SignInThrottle(backend.clock())).mount(router);
        new TariffPage(backend).mount(router);
        new TablePages(backend).mount(router);
        new TryPages(backend).mount(router);
        Publications publications = new Publications(backend.clock());
        new PublicationPages(publications).mount(router);
        new ChangePages(backend, publications).mount(router, Access.need(Role.EDITOR), Access.need(Role.PUBLISHER));
        new HistoryPages(backend, publications).mount(router, Access.need(Role.PUBLISHER));
    }

    /** An upload's form fields are read by its own route's body reader, which checks the token after it. */
    private static void checkCsrfUnlessUpload(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && context.request().path().equals(UPLOAD_PATH)) {
            context.next();
            return;
        }
        Access.checkCsrf(context);
    }

    /** The CSRF check, for a route that reads its own body. */
    public static void checkCsrf(RoutingContext context) {
        Access.checkCsrf(context);
    }

    private static void headers(RoutingContext context) {
        context.response()
                .putHeader("Content-Security-Policy", CSP)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "same-origin")
                .putHeader("Cache-Control", "no-store");
        context.next();
    }

    private static void asset(RoutingContext context) {
        String resource = ASSETS.get(context.pathParam("file"));
        if (resource == null) {
            Page.error(context, 404, "No such file", "The workbench has no file " + context.pathParam("file") + ".");
            return;
        }
        try (InputStream in = Workbench.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing from the jar: " + resource);
            }
            context.response()
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Cache-Control", "max-age=3600");
            Responses.ok(context, resource.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8",
                    Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void home(RoutingContext context) {
        Visitor visitor = Visitor.of(context);
        if (visitor.role() == null) {
            Page.send(context, 200, "Welcome", """
                    <h1>kitei workbench</h1>
                    <p>Where analysts see the tariff and its tables, try decisions, and change, check and publish the tables.</p>
                    <p><a class="button" href="/workbench/sign-in">Sign in</a></p>
                    """);
            return;
        }
        String serving = backend.releases().serving().map(Workbench::describe).orElse("nothing yet (the rules are loading)");
        String guest = backend.users().enabled() ? "" : """
                <div class="notice"><p>You are a guest: this kitei runs without a users file, so you can see and try,
                but not change. %s</p></div>
                """.formatted(e(Access.WITHOUT_USERS));
        Page.send(context, 200, "Home", """
                <h1>kitei workbench</h1>
                %s
                <p>Serving: %s</p>
                <ul class="cards">
                <li><a href="/workbench/tariff"><strong>Tariff</strong></a><span>Each clause, and the rules and rows that encode it.</span></li>
                <li><a href="/workbench/tables"><strong>Tables</strong></a><span>The workbooks as you know them, row by row, with their clauses.</span></li>
                <li><a href="/workbench/try"><strong>Try a decision</strong></a><span>Ask a question and read the answer and why.</span></li>
                %s
                <li><a href="/workbench/history"><strong>History</strong></a><span>Every release: who, when, why, and what changed.</span></li>
                </ul>
                """.formatted(guest, serving, visitor.may(Role.EDITOR)
                ? "<li><a href=\"/workbench/drafts\"><strong>Change</strong></a><span>Upload edited workbooks, see what they do, publish.</span></li>"
                : ""));
    }

    static String describe(Release release) {
        return "release <a href=\"/workbench/history#release-" + e(release.id()) + "\"><code>" + e(release.id()) + "</code></a>, "
                + e(release.note()) + " (" + e(release.author()) + ", " + e(release.time()) + ")";
    }
}
