package kitei.workbench.change;

import static kitei.workbench.Html.e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.vertx.core.Handler;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import kitei.engine.TableVersions;
import kitei.check.Gate;
import kitei.check.Issue;
import kitei.check.ScenarioResult;
import kitei.decisionlog.Replay;
import kitei.release.Publication;
import kitei.release.Publications;
import kitei.release.Release;
import kitei.release.ReleaseAdmin;
import kitei.release.ReleaseTree;
import kitei.release.diff.ReleaseDiff;
import kitei.workbench.Backend;
import kitei.workbench.Csrf;
import kitei.workbench.Html;
import kitei.workbench.Page;
import kitei.workbench.PublicationPages;
import kitei.workbench.Visitor;
import kitei.workbench.Workbench;
import kitei.workbench.history.DiffView;
import kitei.workbench.tables.SheetGrid;
import kitei.workbench.users.Role;

/**
 * Change: upload edited workbooks as a draft → the gate's result drawn on the sheets → the scenarios →
 * the impact on the logged decisions → the cell diff against what serves → publish with a note, or discard.
 * The gate runs on a worker after the upload; the draft's page shows its progress until it is done.
 */
public final class ChangePages {

    private static final Pattern WORKBOOK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.xlsx");
    private static final Pattern CELL = Pattern.compile("[A-Z]{1,3}[0-9]{1,7}");
    static final int MAX_FILES = 8;

    private final Backend backend;
    private final Publications publications;
    private final Drafts drafts = new Drafts();

    public ChangePages(Backend backend, Publications publications) {
        this.backend = backend;
        this.publications = publications;
    }

    public void mount(Router router, Handler<RoutingContext> editors, Handler<RoutingContext> publishers) {
        router.get(Workbench.UPLOAD_PATH).handler(editors).handler(this::list);
        // Its own body reader (the service's reads no file uploads), only for an editor; the CSRF check runs after it.
        router.post(Workbench.UPLOAD_PATH).handler(editors);
        router.post(Workbench.UPLOAD_PATH).handler(BodyHandler.create(uploads().toString())
                .setBodyLimit((long) MAX_FILES * ReleaseAdmin.MAX_WORKBOOK_BYTES).setDeleteUploadedFilesOnEnd(true));
        router.post(Workbench.UPLOAD_PATH).handler(Workbench::checkCsrf).handler(this::upload);
        router.get("/workbench/drafts/:id").handler(editors).handler(this::draft);
        router.get("/workbench/drafts/:id/status").handler(editors).handler(this::status);
        router.post("/workbench/drafts/:id/publish").handler(publishers).handler(this::publish);
        router.post("/workbench/drafts/:id/discard").handler(editors).handler(this::discard);
    }

    private static Path uploads() {
        return Path.of(System.getProperty("java.io.tmpdir"), "kitei-workbench-uploads");
    }

    private void list(RoutingContext context) {
        StringBuilder open = new StringBuilder();
        for (Draft draft : drafts.all()) {
            open.append("<li><a href=\"/workbench/drafts/").append(e(draft.id())).append("\">")
                    .append(e(String.join(", ", draft.files().keySet()))).append("</a> by ").append(e(draft.author())).append(", ")
                    .append(e(draft.created())).append(" · ").append(e(draft.status().name().toLowerCase())).append("</li>");
        }
        Page.send(context, 200, "Change", """
                <h1>Change the tables</h1>
                <ol class="steps"><li>Download a workbook from <a href="/workbench/tables">Tables</a> and edit it in Excel or LibreOffice.</li>
                <li>Upload it here as a draft: the gate checks it, runs the scenarios, and replays the logged decisions on it.</li>
                <li>Read what it changes; a publisher publishes it with a note, or it is discarded.</li></ol>
                <form method="post" action="/workbench/drafts" enctype="multipart/form-data" class="upload">
                %s
                <div class="field">
                <label for="workbooks">Edited workbooks (.xlsx, up to %d; decision tables or scenarios, by their file names)</label>
                <input id="workbooks" name="workbooks" type="file" accept=".xlsx" multiple required>
                </div>
                <div class="field">
                <label for="in-force-from">In force from (optional, YYYY-MM-DD)</label>
                <p class="hint" id="in-force-hint">Leave it empty to change the tables from when they are published. With a day, the
                decision tables go to <code>decision-tables/from-YYYY-MM-DD/</code>: a version answered for every question asked as of
                that day or later, while earlier days keep the tables in force then. Scenarios are not dated.</p>
                <input id="in-force-from" name="inForceFrom" aria-describedby="in-force-hint" inputmode="numeric" size="12" spellcheck="false">
                </div>
                <button type="submit">Upload and check</button>
                </form>
                <h2>Drafts</h2>
                %s
                """.formatted(Csrf.field(context), MAX_FILES, open.isEmpty() ? "<p>No draft is open.</p>" : "<ul>" + open + "</ul>"));
    }

    private void upload(RoutingContext context) {
        if (backend.releases().serving().isEmpty()) {
            Page.error(context, 503, "The rules are loading", "kitei is still loading its rules; upload again in a moment.");
            return;
        }
        ReleaseTree serving = backend.releases().servingTree();
        Map<String, byte[]> files = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        String day = Optional.ofNullable(context.request().getFormAttribute("inForceFrom")).orElse("").strip();
        String tables = "decision-tables/";
        if (!day.isEmpty()) {
            try {
                tables = TableVersions.folderOf(LocalDate.parse(day)) + "/";
            } catch (DateTimeParseException notADay) {
                wrong.add("In force from: '" + day + "' is not a day; write it as YYYY-MM-DD, like 2027-04-01, or leave it empty");
            }
        }
        for (FileUpload upload : context.fileUploads()) {
            String name = Path.of(Optional.ofNullable(upload.fileName()).orElse("")).getFileName().toString();
            if (name.isEmpty() && upload.size() == 0) {
                continue;
            }
            if (!WORKBOOK.matcher(name).matches()) {
                wrong.add(name + ": a workbook's name is letters, digits, '.', '_', '-', ending in .xlsx");
            } else if (upload.size() > ReleaseAdmin.MAX_WORKBOOK_BYTES) {
                wrong.add(name + ": larger than " + ReleaseAdmin.MAX_WORKBOOK_BYTES + " bytes");
            } else {
                String path = serving.files().containsKey("scenarios/" + name) ? "scenarios/" + name : tables + name;
                try {
                    files.put(path, Files.readAllBytes(Path.of(upload.uploadedFileName())));
                } catch (IOException e) {
                    context.fail(e);
                    return;
                }
            }
        }
        if (files.isEmpty() && wrong.isEmpty()) {
            wrong.add("choose one or more edited workbooks (.xlsx) to upload");
        }
        if (files.size() > MAX_FILES) {
            wrong.add("at most " + MAX_FILES + " workbooks in one draft, not " + files.size());
        }
        if (!wrong.isEmpty()) {
            StringBuilder items = new StringBuilder();
            wrong.forEach(problem -> items.append("<li><a href=\"/workbench/drafts#").append(problem.startsWith("In force from") ? "in-force-from" : "workbooks").append("\">").append(e(problem)).append("</a></li>"));
            Page.send(context, 400, "Change", """
                    <div class="error-summary" role="alert" tabindex="-1" id="error-summary"><h2>There is a problem</h2><ul>%s</ul></div>
                    <p><a href="/workbench/drafts">Upload again</a></p>
                    """.formatted(items));
            return;
        }
        Release base = backend.releases().serving().get();
        Draft draft = Draft.checking(Drafts.newId(), Visitor.of(context).author(), backend.clock().instant(), base.id(), files);
        drafts.put(draft);
        context.vertx().executeBlocking(() -> check(draft, serving), false)
                .onComplete(done -> drafts.update(draft.id(), now -> done.succeeded() ? done.result()
                        : now.failed("the draft could not be checked: " + done.cause())));
        Page.seeOther(context, "/workbench/drafts/" + draft.id());
    }

    /** Gate, then (if it passed) the diff and the replay of the logged decisions on the candidate. */
    private Draft check(Draft draft, ReleaseTree serving) throws IOException {
        ReleaseTree candidate = serving;
        for (Map.Entry<String, byte[]> file : draft.files().entrySet()) {
            candidate = candidate.with(file.getKey(), file.getValue());
        }
        Gate.Result result = backend.releases().gate(candidate);
        if (!result.accepted()) {
            return draft.checked(result, null, null, "the gate refused the draft, so its rules were not run on the logged decisions");
        }
        ReleaseDiff diff = ReleaseDiff.between(serving.files(), candidate.files());
        if (backend.decisionLog().isEmpty() || !Files.exists(backend.decisionLog().get())) {
            return draft.checked(result, diff, null, "no decision log is kept here, so there are no logged decisions to replay");
        }
        Replay.Report impact = new Replay(result.candidate(), backend.json()).run(backend.decisionLog().get());
        return draft.checked(result, diff, impact, null);
    }

    private Optional<Draft> find(RoutingContext context) {
        Optional<Draft> draft = drafts.get(context.pathParam("id"));
        if (draft.isEmpty()) {
            Page.error(context, 404, "No such draft", "The draft is gone: it was published or discarded, or kitei restarted. "
                    + "Drafts are kept in memory; releases are kept in the history.");
        }
        return draft;
    }

    private void status(RoutingContext context) {
        find(context).ifPresent(draft -> {
            if (draft.status() != Draft.Status.CHECKING) {
                context.response().putHeader("HX-Refresh", "true");
            }
            Page.fragment(context, progress(draft));
        });
    }

    private static String progress(Draft draft) {
        return """
                <div id="draft-progress" class="progress" role="status" aria-live="polite"
                     hx-get="/workbench/drafts/%s/status" hx-trigger="every 1s" hx-swap="outerHTML">
                <p><span class="spinner" aria-hidden="true"></span> Checking %s: the gate builds the rules, checks the
                tables and runs the scenarios, then the logged decisions are replayed. This takes a few seconds.</p>
                <p><a href="/workbench/drafts/%s">Refresh</a></p>
                </div>
                """.formatted(e(draft.id()), e(String.join(", ", draft.files().keySet())), e(draft.id()));
    }

    private void draft(RoutingContext context) {
        find(context).ifPresent(draft -> {
            if (draft.status() == Draft.Status.CHECKING) {
                Page.send(context, 200, "Draft", "<h1>Draft</h1>" + progress(draft));
                return;
            }
            if (draft.status() == Draft.Status.FAILED) {
                Page.error(context, 500, "The draft could not be checked", draft.failure());
                return;
            }
            context.vertx().executeBlocking(() -> render(context, draft), false)
                    .onSuccess(html -> Page.send(context, 200, "Draft", html)).onFailure(context::fail);
        });
    }

    private String render(RoutingContext context, Draft draft) throws IOException {
        Gate.Result result = draft.result();
        StringBuilder html = new StringBuilder();
        List<Issue> errors = result.errors();
        if (!errors.isEmpty()) {
            html.append("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" id=\"error-summary\"><h2>The gate refused this draft: ")
                    .append(errors.size()).append(" problem(s)</h2><ul>");
            for (Issue issue : errors) {
                html.append("<li>").append(link(issue)).append("</li>");
            }
            html.append("</ul></div>");
        }
        html.append("<h1>Draft: ").append(e(String.join(", ", draft.files().keySet()))).append("</h1>");
        html.append("<p>Uploaded by ").append(e(draft.author())).append(", ").append(e(draft.created())).append(", on release <code>")
                .append(e(draft.base())).append("</code>. Gate: ").append(result.accepted() ? "<strong class=\"ok\">passed</strong>" : "<strong class=\"bad\">refused</strong>")
                .append(" in ").append(result.millis()).append(" ms.</p>");
        html.append(sheets(draft));
        html.append(scenarios(result.scenarios()));
        html.append(impact(draft));
        if (draft.diff() != null) {
            html.append("<h2 id=\"diff\">What changes against the release serving</h2>").append(DiffView.render(draft.diff()));
        }
        html.append(actions(context, draft));
        return html.toString();
    }

    private static String link(Issue issue) {
        String text = e(issue.toString());
        if (issue.where().sheet() != null && issue.where().cell() != null && CELL.matcher(issue.where().cell()).matches()) {
            return "<a href=\"#" + e(ProblemSheet.cellId(issue.where().file(), issue.where().sheet(), issue.where().cell())) + "\">" + text + "</a>";
        }
        return text;
    }

    /** Each sheet the gate found something on, drawn with its problems (warnings too). */
    private static String sheets(Draft draft) throws IOException {
        Map<String, Map<String, List<Issue>>> bySheet = new LinkedHashMap<>();
        for (Issue issue : draft.result().issues()) {
            if (issue.where().sheet() != null && issue.where().cell() != null && CELL.matcher(issue.where().cell()).matches()
                    && draft.files().containsKey(issue.where().file())) {
                bySheet.computeIfAbsent(issue.where().file(), f -> new LinkedHashMap<>())
                        .computeIfAbsent(issue.where().sheet(), s -> new ArrayList<>()).add(issue);
            }
        }
        if (bySheet.isEmpty()) {
            return draft.result().warnings().isEmpty() ? "" : warnings(draft.result().warnings());
        }
        StringBuilder html = new StringBuilder("<h2 id=\"sheets\">On the sheets</h2>");
        for (Map.Entry<String, Map<String, List<Issue>>> file : bySheet.entrySet()) {
            for (SheetGrid grid : SheetGrid.read(draft.files().get(file.getKey()))) {
                List<Issue> issues = file.getValue().get(grid.sheet());
                if (issues != null) {
                    html.append(ProblemSheet.render(file.getKey(), grid, issues));
                }
            }
        }
        return html.toString();
    }

    private static String warnings(List<Issue> warnings) {
        StringBuilder html = new StringBuilder("<h2>Warnings</h2><ul>");
        warnings.forEach(issue -> html.append("<li>").append(e(issue.toString())).append("</li>"));
        return html.append("</ul>").toString();
    }

    private static String scenarios(List<ScenarioResult> results) {
        if (results.isEmpty()) {
            return "";
        }
        long passed = results.stream().filter(ScenarioResult::passed).count();
        StringBuilder html = new StringBuilder("<h2 id=\"scenarios\">Scenarios: ").append(passed).append(" of ").append(results.size())
                .append(" pass</h2><div class=\"scroll\"><table class=\"scenarios\"><thead><tr><th scope=\"col\">Scenario</th>"
                        + "<th scope=\"col\">Where</th><th scope=\"col\">Result</th></tr></thead><tbody>");
        for (ScenarioResult result : results) {
            html.append("<tr><th scope=\"row\">").append(e(result.scenario().name())).append("</th><td>").append(e(result.scenario().where()))
                    .append("</td><td>").append(result.passed() ? "<span class=\"ok\">passes</span>"
                            : "<span class=\"bad\">fails:</span> " + e(String.join("; ", result.differences()))).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static String impact(Draft draft) {
        StringBuilder html = new StringBuilder("<h2 id=\"impact\">Impact on the logged decisions</h2>");
        if (draft.impact() == null) {
            return html.append("<p>").append(e(draft.impactNote())).append(".</p>").toString();
        }
        Replay.Report report = draft.impact();
        html.append("<p>").append(report.replayed()).append(" logged decision(s) replayed on the draft: <strong>")
                .append(report.changes().size()).append("</strong> would be answered differently.</p>");
        for (Map.Entry<String, List<Replay.Change>> clause : report.byClause().entrySet()) {
            html.append("<h3>Clause ").append(e(clause.getKey())).append(": ").append(clause.getValue().size()).append(" decision(s)</h3><ul>");
            clause.getValue().stream().limit(5).forEach(change -> html.append("<li><a href=\"/workbench/decisions/")
                    .append(Html.url(change.decisionId())).append("\">").append(e(change.decisionId())).append("</a> (")
                    .append(e(change.endpoint())).append("): ").append(e(String.join("; ", change.differences()))).append("</li>"));
            html.append("</ul>");
        }
        return html.toString();
    }

    private static String actions(RoutingContext context, Draft draft) {
        Visitor visitor = Visitor.of(context);
        StringBuilder html = new StringBuilder("<h2 id=\"decide\">Publish or discard</h2>");
        if (draft.status() == Draft.Status.PUBLISHED) {
            return html.append("<p>This draft was sent to publication.</p>").toString();
        }
        if (draft.accepted() && visitor.may(Role.PUBLISHER)) {
            html.append("""
                    <form method="post" action="/workbench/drafts/%s/publish" class="publish">
                    %s
                    <div class="field"><label for="note">Note for the history (why this change)</label>
                    <input id="note" name="note" required maxlength="500"></div>
                    <p class="in-force">%s</p>
                    <button type="submit">Publish</button>
                    </form>
                    """.formatted(e(draft.id()), Csrf.field(context), e(inForce(draft))));
        } else if (draft.accepted()) {
            html.append("<p>The draft passed. A publisher can publish it (you are ").append(e(visitor.role().word())).append(").</p>");
        } else {
            html.append("<p>Fix the problems in the workbook and upload it again as a new draft.</p>");
        }
        html.append("""
                <form method="post" action="/workbench/drafts/%s/discard" class="inline">%s<button type="submit" class="secondary">Discard the draft</button></form>
                """.formatted(e(draft.id()), Csrf.field(context)));
        return html.toString();
    }

    /** When the draft's tables are in force: from the day of their dated folder (chosen at upload), else from publication. */
    private static String inForce(Draft draft) {
        return draft.files().keySet().stream().filter(path -> !TableVersions.basePath(path).equals(path)).findFirst()
                .map(path -> "In force from " + path.substring("decision-tables/from-".length(), path.lastIndexOf('/'))
                        + " (" + path.substring(0, path.lastIndexOf('/') + 1) + "); questions asked as of an earlier day keep the tables in force then.")
                .orElse("In force from when it is published (to date it, upload it again with a day).");
    }

    private void publish(RoutingContext context) {
        find(context).ifPresent(draft -> {
            if (!draft.accepted()) {
                Page.error(context, 409, "This draft cannot be published", draft.status() == Draft.Status.PUBLISHED
                        ? "It was already sent to publication." : "The gate refused it, or it is still being checked.");
                return;
            }
            String note = Optional.ofNullable(context.request().getFormAttribute("note")).map(String::strip).orElse("");
            if (note.isEmpty()) {
                Page.send(context, 400, "Draft", """
                        <div class="error-summary" role="alert" tabindex="-1"><h2>There is a problem</h2>
                        <ul><li><a href="/workbench/drafts/%s#note">Write a note that says why this change is made</a></li></ul></div>
                        """.formatted(e(draft.id())));
                return;
            }
            String author = Visitor.of(context).author();
            Publication publication = publications.submit("publish " + String.join(", ", draft.files().keySet()),
                    started -> backend.reloader().publish(draft.files(), author, note, "workbench publish", started));
            drafts.update(draft.id(), Draft::published);
            Page.seeOther(context, PublicationPages.location(publication));
        });
    }

    private void discard(RoutingContext context) {
        find(context).ifPresent(draft -> {
            drafts.remove(draft.id());
            Page.seeOther(context, "/workbench/drafts");
        });
    }
}
