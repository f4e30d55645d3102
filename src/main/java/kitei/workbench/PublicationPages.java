package kitei.workbench;

import static kitei.workbench.Html.e;

import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.check.Issue;
import kitei.release.Publication;
import kitei.release.Publications;

/**
 * A publication (or rollback) while it runs and after: the page polls its status with htmx every
 * second until it is ACTIVE or REFUSED; without JavaScript, the page's own link reloads it.
 */
public final class PublicationPages {

    private final Publications publications;

    public PublicationPages(Publications publications) {
        this.publications = publications;
    }

    public void mount(Router router) {
        router.get("/workbench/publications/:id").handler(this::page);
        router.get("/workbench/publications/:id/status").handler(this::status);
    }

    public static String location(Publication publication) {
        return "/workbench/publications/" + Html.url(publication.id());
    }

    private Optional<Publication> find(RoutingContext context) {
        Optional<Publication> publication = publications.get(context.pathParam("id"));
        if (publication.isEmpty()) {
            Page.error(context, 404, "No such publication", "Publications are remembered until kitei restarts; the history lists every release.");
        }
        return publication;
    }

    private void page(RoutingContext context) {
        find(context).ifPresent(publication -> Page.send(context, 200, "Publication", """
                <h1>%s</h1>
                %s
                <p><a href="/workbench/history">The history</a></p>
                """.formatted(e(publication.trigger()), status(publication))));
    }

    private void status(RoutingContext context) {
        find(context).ifPresent(publication -> Page.fragment(context, status(publication)));
    }

    static String status(Publication publication) {
        if (!publication.done()) {
            return """
                    <div id="publication-status" class="progress" role="status" aria-live="polite"
                         hx-get="%s/status" hx-trigger="every 1s" hx-swap="outerHTML">
                    <p><span class="spinner" aria-hidden="true"></span> %s: the gate is checking the candidate
                    (rules built, tables checked, scenarios run). This takes a few seconds.</p>
                    <p><a href="%s">Refresh</a></p>
                    </div>
                    """.formatted(location(publication), e(publication.status().name().toLowerCase()), location(publication));
        }
        if (publication.status() == Publication.Status.ACTIVE) {
            return """
                    <div id="publication-status" class="done" role="status">
                    <p class="verdict verdict-ELIGIBLE">Live</p>
                    <p>%s: release <a href="/workbench/history#release-%s"><code>%s</code></a> is serving.</p>
                    </div>
                    """.formatted(e(publication.detail()), e(publication.release()), e(publication.release()));
        }
        StringBuilder problems = new StringBuilder();
        for (Issue issue : publication.problems()) {
            problems.append("<li>").append(e(issue.toString())).append("</li>");
        }
        return """
                <div id="publication-status" class="error-summary" role="alert">
                <h2>Refused</h2><p>%s</p><ul>%s</ul>
                </div>
                """.formatted(e(publication.detail()), problems);
    }
}
