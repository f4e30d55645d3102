package kitei.workbench;

import static kitei.workbench.Html.e;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.RoutingContext;
import kitei.http.Responses;
import kitei.workbench.users.Role;

/** The frame of every page: a skip link, the header with the sections and who is signed in, the main part. */
public final class Page {

    public static final String HTML = Responses.HTML;

    private Page() {
    }

    public static void send(RoutingContext context, int status, String title, String main) {
        if (!context.response().ended()) {
            Responses.page(context, HttpResponseStatus.valueOf(status), frame(context, title, main));
        }
    }

    /** A fragment for htmx to swap in (no frame). */
    public static void fragment(RoutingContext context, String html) {
        Responses.page(context, HttpResponseStatus.OK, html);
    }

    /** After a POST: to the page that shows its result (303, so that reloading does not send the form again). */
    public static void seeOther(RoutingContext context, String location) {
        Responses.seeOther(context, location);
    }

    /** A page that says what went wrong and what to do, with its status (403, 404, 400, ...). */
    public static void error(RoutingContext context, int status, String title, String explanation) {
        send(context, status, title, """
                <h1>%s</h1>
                <div class="error-summary" role="alert" tabindex="-1"><p>%s</p></div>
                <p><a href="/">Back to the workbench</a></p>
                """.formatted(e(title), e(explanation)));
    }

    private static String frame(RoutingContext context, String title, String main) {
        Visitor visitor = Visitor.of(context);
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="htmx-config" content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'>
                <title>%s · kitei workbench</title>
                <link rel="stylesheet" href="/workbench/assets/workbench.css">
                <script src="/workbench/assets/htmx.min.js" defer></script>
                </head>
                <body>
                <a class="skip" href="#main">Skip to the content</a>
                <header class="top">
                <a class="brand" href="/">kitei workbench</a>
                %s
                %s
                </header>
                <main id="main" tabindex="-1">
                %s
                </main>
                </body>
                </html>
                """.formatted(e(title), nav(visitor), who(context, visitor), main);
    }

    private static String nav(Visitor visitor) {
        if (visitor.role() == null) {
            return "";
        }
        StringBuilder links = new StringBuilder("<nav aria-label=\"Sections\"><ul>");
        links.append("<li><a href=\"/workbench/tariff\">Tariff</a></li>");
        links.append("<li><a href=\"/workbench/tables\">Tables</a></li>");
        links.append("<li><a href=\"/workbench/try\">Try a decision</a></li>");
        if (visitor.may(Role.EDITOR)) {
            links.append("<li><a href=\"/workbench/drafts\">Change</a></li>");
        }
        links.append("<li><a href=\"/workbench/history\">History</a></li>");
        return links.append("</ul></nav>").toString();
    }

    private static String who(RoutingContext context, Visitor visitor) {
        if (visitor.signedIn()) {
            return """
                    <form class="who" method="post" action="/workbench/sign-out">%s
                    <span>Signed in as <strong>%s</strong> (%s)</span>
                    <button type="submit">Sign out</button></form>
                    """.formatted(Csrf.field(context), e(visitor.name()), e(visitor.role().word()));
        }
        if (visitor.role() != null) {
            return "<p class=\"who\">Viewing as a guest (viewer)</p>";
        }
        return "<p class=\"who\"><a href=\"/workbench/sign-in\">Sign in</a></p>";
    }
}
