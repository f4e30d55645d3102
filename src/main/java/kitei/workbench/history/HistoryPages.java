package kitei.workbench.history;

import static kitei.workbench.Html.e;

import java.util.List;
import java.util.Optional;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.release.Publication;
import kitei.release.Publications;
import kitei.release.Release;
import kitei.release.diff.ReleaseDiff;
import kitei.workbench.Backend;
import kitei.workbench.Csrf;
import kitei.workbench.Html;
import kitei.workbench.Page;
import kitei.workbench.PublicationPages;
import kitei.workbench.Visitor;
import kitei.workbench.users.Role;

/** Every release with its author, time and note; the diff of any two; and, for publishers, a rollback. */
public final class HistoryPages {

    private final Backend backend;
    private final Publications publications;

    public HistoryPages(Backend backend, Publications publications) {
        this.backend = backend;
        this.publications = publications;
    }

    public void mount(Router router, io.vertx.core.Handler<RoutingContext> publishers) {
        router.get("/workbench/history").handler(this::list);
        router.get("/workbench/history/diff").handler(this::diff);
        router.post("/workbench/history/:id/rollback").handler(publishers).handler(this::rollback);
    }

    private void list(RoutingContext context) {
        boolean mayRollBack = Visitor.of(context).may(Role.PUBLISHER);
        context.vertx().executeBlocking(() -> backend.releases().store().log(), false).onSuccess(log -> {
            String serving = backend.releases().serving().map(Release::id).orElse("");
            StringBuilder rows = new StringBuilder();
            StringBuilder options = new StringBuilder();
            for (Release release : log) {
                boolean current = release.id().equals(serving);
                rows.append("<tr id=\"release-").append(e(release.id())).append("\"").append(current ? " class=\"serving\"" : "").append(">")
                        .append("<th scope=\"row\"><code>").append(e(release.id())).append("</code>")
                        .append(current ? " <span class=\"tag\">serving</span>" : "").append("</th>")
                        .append("<td>").append(e(release.author())).append("</td><td>").append(e(release.time())).append("</td>")
                        .append("<td>").append(e(release.note())).append("</td><td>").append(e(release.gate())).append("</td><td>")
                        .append("<a href=\"/workbench/tables?release=").append(Html.url(release.id())).append("\">tables</a>");
                if (mayRollBack && !current) {
                    rows.append("""
                             <form method="post" action="/workbench/history/%s/rollback" class="inline">%s
                             <label class="visually-hidden" for="note-%s">Why roll back to %s</label>
                             <input id="note-%s" name="note" placeholder="why" required>
                             <button type="submit">Roll back to this</button></form>""".formatted(Html.url(release.id()),
                            Csrf.field(context), e(release.id()), e(release.id()), e(release.id())));
                }
                rows.append("</td></tr>");
                options.append("<option value=\"").append(e(release.id())).append("\">").append(e(release.id())).append(" · ")
                        .append(e(release.note())).append("</option>");
            }
            Page.send(context, 200, "History", """
                    <h1>History</h1>
                    <p>Every release, newest first. A rollback is a new release with the content of an earlier one: nothing is erased.</p>
                    <div class="scroll"><table class="history"><thead><tr><th scope="col">Release</th><th scope="col">By</th>
                    <th scope="col">When (UTC)</th><th scope="col">Note</th><th scope="col">Gate</th><th scope="col"></th></tr></thead>
                    <tbody>%s</tbody></table></div>
                    <h2>Compare two releases</h2>
                    <form method="get" action="/workbench/history/diff" class="inline">
                    <label for="diff-a">From</label><select id="diff-a" name="a">%s</select>
                    <label for="diff-b">to</label><select id="diff-b" name="b">%s</select>
                    <button type="submit">Compare</button>
                    </form>
                    """.formatted(rows, options, options));
        }).onFailure(context::fail);
    }

    private Optional<Release> release(String id) {
        return id == null ? Optional.empty() : backend.releases().store().find(id).map(backend.releases().store()::release);
    }

    private void diff(RoutingContext context) {
        Optional<Release> before = release(context.request().getParam("a"));
        Optional<Release> after = release(context.request().getParam("b"));
        if (before.isEmpty() || after.isEmpty()) {
            Page.error(context, 404, "No such release", "Choose two releases from the history to compare.");
            return;
        }
        context.vertx().executeBlocking(() -> ReleaseDiff.between(backend.releases().tree(before.get()).files(),
                        backend.releases().tree(after.get()).files()), false)
                .onSuccess(diff -> Page.send(context, 200, "Diff", """
                        <h1>From <code>%s</code> to <code>%s</code></h1>
                        %s
                        <p><a href="/workbench/history">The history</a></p>
                        """.formatted(e(before.get().id()), e(after.get().id()), DiffView.render(diff))))
                .onFailure(context::fail);
    }

    private void rollback(RoutingContext context) {
        Optional<Release> release = release(context.pathParam("id"));
        if (release.isEmpty()) {
            Page.error(context, 404, "No such release", "There is no release " + context.pathParam("id") + ".");
            return;
        }
        String note = Optional.ofNullable(context.request().getFormAttribute("note")).map(String::strip).filter(text -> !text.isEmpty())
                .orElse("roll back to " + release.get().id());
        String author = Visitor.of(context).author();
        Publication publication = publications.submit("roll back to " + release.get().id(),
                started -> backend.reloader().restore(release.get(), author, note, started));
        Page.seeOther(context, PublicationPages.location(publication));
    }
}
