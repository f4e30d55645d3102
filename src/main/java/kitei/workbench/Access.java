package kitei.workbench;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import kitei.workbench.users.Role;
import kitei.workbench.users.User;
import kitei.workbench.users.Users;

/**
 * Who may go on: reads the visitor from the session (the users file decides their role now, not at
 * sign-in), checks the CSRF token of every POST, and lets through only a role that may.
 */
final class Access {

    static final String USER = "user";
    static final String WITHOUT_USERS = "To add people, the operator runs: kitei user add --users users.txt NAME --role "
            + "publisher (it asks for the password), then starts kitei with: kitei serve --users users.txt";

    private final Users users;

    Access(Users users) {
        this.users = users;
    }

    /** Puts the visitor in the context; runs for every workbench request. */
    void identify(RoutingContext context) {
        Visitor visitor;
        if (!users.enabled()) {
            visitor = Visitor.anonymousViewer();
        } else {
            // Without its cookie there is no session to read; reading one would make one (and a cookie) for every visit.
            String name = context.request().getCookie(Workbench.SESSION_COOKIE) == null ? null : context.session().get(USER);
            visitor = users.find(name).map(Access::signedIn).orElse(Visitor.SIGNED_OUT);
        }
        context.put(Visitor.KEY, visitor);
        context.next();
    }

    private static Visitor signedIn(User user) {
        return new Visitor(user.name(), user.role(), true);
    }

    /** Every form the workbench receives carries the session's token; anything else is forged or stale. */
    static void checkCsrf(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && !Csrf.valid(context)) {
            Page.error(context, 403, "This form cannot be accepted",
                    "It was not sent from a page of this workbench in your session (its security token is missing or "
                            + "out of date). Nothing was changed. Open the page again and send the form from there.");
            return;
        }
        context.next();
    }

    /** Only a visitor whose role allows {@code needed}; someone not signed in is sent to sign in. */
    static Handler<RoutingContext> need(Role needed) {
        return context -> {
            Visitor visitor = Visitor.of(context);
            if (visitor.role() == null) {
                if (context.request().method() == HttpMethod.GET) {
                    Page.seeOther(context, "/workbench/sign-in?next=" + Html.url(context.request().path()));
                } else {
                    Page.error(context, 401, "Sign in first", "You are not signed in (or your session ended). Nothing was changed.");
                }
                return;
            }
            if (!visitor.may(needed) && !visitor.signedIn()) {
                Page.error(context, 403, "Your role cannot do this", "This needs the " + needed.word() + " role. This kitei "
                        + "runs without a users file, so everyone is a viewer and nothing can be changed here. "
                        + WITHOUT_USERS);
                return;
            }
            if (!visitor.may(needed)) {
                Page.error(context, 403, "Your role cannot do this",
                        "This needs the " + needed.word() + " role; you are signed in as " + visitor.role().word()
                                + ". Nothing was changed. Ask the operator of kitei for the role if you need it.");
                return;
            }
            context.next();
        };
    }
}
