package kitei.workbench;

import static kitei.workbench.Html.e;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.workbench.users.SignInThrottle;
import kitei.workbench.users.User;
import kitei.workbench.users.Users;

/** Signing in and out, with the error summary of a form as GOV.UK shows it. */
final class SignIn {

    private final Users users;
    private final SignInThrottle throttle;

    SignIn(Users users, SignInThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    void mount(Router router) {
        router.get("/workbench/sign-in").handler(this::form);
        router.post("/workbench/sign-in").handler(this::signIn);
        router.post("/workbench/sign-out").handler(this::signOut);
        router.get("/workbench/signed-out").handler(this::signedOut);
    }

    private void form(RoutingContext context) {
        if (!users.enabled()) {
            Page.send(context, 200, "Sign in", """
                    <h1>Sign in</h1>
                    <p>This kitei runs without a users file: everyone sees the tables and tries decisions as a viewer,
                    and nobody signs in. %s</p>
                    <p><a href="/">Go to the workbench</a></p>
                    """.formatted(e(Access.WITHOUT_USERS)));
            return;
        }
        Page.send(context, 200, "Sign in", page(context, "", null));
    }

    private String page(RoutingContext context, String name, String problem) {
        String next = safeNext(context.request().getParam("next"));
        String summary = problem == null ? "" : """
                <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
                <h2>There is a problem</h2>
                <ul><li><a href="#name">%s</a></li></ul>
                </div>
                """.formatted(e(problem));
        return """
                %s
                <h1>Sign in</h1>
                <form method="post" action="/workbench/sign-in" class="narrow">
                %s
                <input type="hidden" name="next" value="%s">
                <div class="field%s">
                <label for="name">Name</label>
                %s
                <input id="name" name="name" autocomplete="username" value="%s" required autofocus>
                </div>
                <div class="field">
                <label for="password">Password</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                </div>
                <button type="submit">Sign in</button>
                </form>
                """.formatted(summary, Csrf.field(context), e(next), problem == null ? "" : " field-error",
                problem == null ? "" : "<p class=\"field-message\">" + e(problem) + "</p>", e(name));
    }

    private void signIn(RoutingContext context) {
        if (!users.enabled()) {
            Page.error(context, 404, "Nobody signs in here", Access.WITHOUT_USERS);
            return;
        }
        String name = Optional.ofNullable(context.request().getFormAttribute("name")).orElse("").strip();
        String password = Optional.ofNullable(context.request().getFormAttribute("password")).orElse("");
        Optional<java.time.Duration> wait = throttle.wait(name);
        if (wait.isPresent()) {
            Page.send(context, 429, "Sign in", page(context, name, "Too many wrong passwords for this name: try again in "
                    + (wait.get().toSeconds() + 59) / 60 + " minute(s), or ask the operator"));
            return;
        }
        // bcrypt takes about a quarter of a second: off the event loop.
        context.vertx().executeBlocking(() -> users.signIn(name, password), false).onComplete(done -> {
            Optional<User> user = done.succeeded() ? done.result() : Optional.empty();
            if (user.isEmpty()) {
                throttle.failed(name);
                Page.send(context, 401, "Sign in", page(context, name, "The name or the password is not right"));
                return;
            }
            throttle.succeeded(name);
            // A new session id at sign-in, so that an id planted before it (session fixation) is worth nothing.
            context.session().regenerateId();
            context.session().put(Access.USER, user.get().name());
            context.session().remove("csrf");
            Page.seeOther(context, safeNext(context.request().getFormAttribute("next")));
        });
    }

    private void signOut(RoutingContext context) {
        context.session().destroy();
        Page.seeOther(context, "/workbench/signed-out");
    }

    private void signedOut(RoutingContext context) {
        Page.send(context, 200, "Signed out", """
                <h1>You are signed out</h1>
                <p>Your session has ended on this browser. Nothing you published or drafted is lost: releases are kept
                in kitei's history, and drafts stay until they are published or discarded.</p>
                <p><a href="/workbench/sign-in">Sign in again</a></p>
                """);
    }

    /** Only a path of this workbench, never another site (an open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return "/";
        }
        return next;
    }
}
