package kitei.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import kitei.check.Issue;
import kitei.decision.Json;
import kitei.http.Routes;
import kitei.problem.Problem;
import kitei.problem.ProblemType;
import kitei.release.diff.ReleaseDiff;
import kitei.reload.Reloader;

/**
 * The release admin operations (behind the admin token): list, show, diff, publish, roll back, and
 * poll a publication. Publishing answers {@code 202} at once with the publication's location; the
 * gate runs after, however long it takes, and the publication ends {@code ACTIVE} or {@code REFUSED}.
 * {@code PUT /admin/decision-tables/{name}.xlsx} and {@code POST /admin/reload} are publications too.
 */
public final class ReleaseAdmin implements Routes {

    public static final int MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
    static final int MAX_PUBLICATION_BYTES = 8 * MAX_WORKBOOK_BYTES;
    private static final Pattern PUBLISHABLE = Pattern.compile(
            "(decision-tables(/from-[0-9]{4}-[0-9]{2}-[0-9]{2})?|scenarios)/[A-Za-z0-9][A-Za-z0-9._-]*\\.xlsx");
    private static final String JSON = "application/json";
    private static final String PUBLISHER = "admin";

    private final Reloader reloader;
    private final Releases releases;
    private final Publications publications;

    public ReleaseAdmin(Reloader reloader, Publications publications) {
        this.reloader = reloader;
        this.releases = reloader.releases();
        this.publications = publications;
    }

    @Override
    public void mount(Router router, Vertx vertx) {
        router.get("/admin/releases").handler(this::list);
        router.post("/admin/releases").handler(BodyHandler.create(uploads().toString()).setBodyLimit(MAX_PUBLICATION_BYTES)
                .setDeleteUploadedFilesOnEnd(true));
        router.post("/admin/releases").handler(this::publish);
        router.get("/admin/releases/:id").handler(this::show);
        router.get("/admin/releases/:a/diff/:b").handler(this::diff);
        router.post("/admin/releases/:id/rollback").handler(this::rollback);
        router.get("/admin/publications/:id").handler(this::poll);
        router.post("/admin/reload").handler(this::reload);
        router.put("/admin/decision-tables/:file").handler(BodyHandler.create(false).setBodyLimit(MAX_WORKBOOK_BYTES));
        router.put("/admin/decision-tables/:file").handler(this::upload);
    }

    private static Path uploads() {
        return Path.of(System.getProperty("java.io.tmpdir"), "kitei-uploads");
    }

    private void list(RoutingContext context) {
        context.vertx().executeBlocking(() -> releases.store().log(), false).onSuccess(log -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("serving", releases.serving().map(Release::id).orElse(null));
            body.put("releases", log.stream().map(this::view).toList());
            send(context, 200, JSON, body);
        }).onFailure(context::fail);
    }

    private void show(RoutingContext context) {
        Optional<Release> release = find(context, context.pathParam("id"));
        if (release.isEmpty()) {
            return;
        }
        context.vertx().executeBlocking(() -> {
            Map<String, Object> body = view(release.get());
            body.put("files", List.copyOf(releases.tree(release.get()).files().keySet()));
            return body;
        }, false).onSuccess(body -> send(context, 200, JSON, body)).onFailure(context::fail);
    }

    private void diff(RoutingContext context) {
        Optional<Release> before = find(context, context.pathParam("a"));
        if (before.isEmpty()) {
            return;
        }
        Optional<Release> after = find(context, context.pathParam("b"));
        if (after.isEmpty()) {
            return;
        }
        context.vertx().executeBlocking(() -> ReleaseDiff.between(releases.tree(before.get()).files(), releases.tree(after.get()).files()),
                false).onSuccess(diff -> send(context, 200, JSON, diff)).onFailure(context::fail);
    }

    private void publish(RoutingContext context) {
        Map<String, byte[]> files = new TreeMap<>();
        for (FileUpload upload : context.fileUploads()) {
            Optional<String> wrong = refusal(upload);
            if (wrong.isPresent()) {
                problem(context, ProblemType.BAD_INPUT, wrong.get());
                return;
            }
            try {
                files.put(upload.name(), Files.readAllBytes(Path.of(upload.uploadedFileName())));
            } catch (IOException e) {
                context.fail(e);
                return;
            }
        }
        if (files.isEmpty()) {
            problem(context, ProblemType.BAD_INPUT, "send one or more workbooks as multipart/form-data parts, each named by its path "
                    + "(decision-tables/<name>.xlsx or scenarios/<name>.xlsx), and a 'note' field");
            return;
        }
        String note = Optional.ofNullable(context.request().getFormAttribute("note")).filter(text -> !text.isBlank())
                .orElse("publish " + String.join(", ", files.keySet()));
        accepted(context, publications.submit("publish " + String.join(", ", files.keySet()),
                started -> reloader.publish(files, PUBLISHER, note, "publish", started)));
    }

    /** Why a part cannot be published, naming the part; empty when it can. */
    static Optional<String> refusal(FileUpload upload) {
        String path = upload.name();
        if (path.startsWith("rules/")) {
            return Optional.of("part '" + path + "': rules (DRL and the workbooks' machinery) change through commits to the "
                    + "release repository, reviewed like code, not through uploads");
        }
        if (!PUBLISHABLE.matcher(path).matches() || path.contains("..")) {
            return Optional.of("part '" + path + "': name each part by its path, decision-tables/<name>.xlsx, "
                    + "decision-tables/from-YYYY-MM-DD/<name>.xlsx (a revision from that day) or scenarios/<name>.xlsx "
                    + "(letters, digits, '.', '_', '-')");
        }
        if (upload.size() > MAX_WORKBOOK_BYTES) {
            return Optional.of("part '" + path + "' is larger than " + MAX_WORKBOOK_BYTES + " bytes");
        }
        return Optional.empty();
    }

    private void rollback(RoutingContext context) {
        Optional<Release> release = find(context, context.pathParam("id"));
        if (release.isEmpty()) {
            return;
        }
        String note = noteOf(context).orElse("roll back to " + release.get().id());
        accepted(context, publications.submit("roll back to " + release.get().id(),
                started -> reloader.restore(release.get(), PUBLISHER, note, started)));
    }

    private static Optional<String> noteOf(RoutingContext context) {
        if (context.body() == null || context.body().buffer() == null || context.body().length() == 0) {
            return Optional.empty();
        }
        try {
            JsonNode body = Json.MAPPER.readTree(context.body().buffer().getBytes());
            return Optional.ofNullable(body.path("note").textValue()).filter(text -> !text.isBlank());
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private void reload(RoutingContext context) {
        if (reloader.root().isEmpty()) {
            problem(context, ProblemType.CONFLICT, "the rules came from the jar; there is no directory to reload from");
            return;
        }
        accepted(context, publications.submit("admin reload", started -> reloader.reloadFromDisk("admin reload", started)));
    }

    private void upload(RoutingContext context) {
        String file = context.pathParam("file");
        String path = "decision-tables/" + file;
        if (!PUBLISHABLE.matcher(path).matches()) {
            problem(context, ProblemType.BAD_INPUT,
                    "a decision table is uploaded as <name>.xlsx (letters, digits, '.', '_', '-'), not " + file);
            return;
        }
        byte[] bytes = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        accepted(context, publications.submit("upload " + path,
                started -> reloader.publish(Map.of(path, bytes), PUBLISHER, "upload " + path, "upload " + path, started)));
    }

    private void poll(RoutingContext context) {
        Optional<Publication> publication = publications.get(context.pathParam("id"));
        if (publication.isEmpty()) {
            problem(context, ProblemType.NOT_FOUND, "no publication " + context.pathParam("id")
                    + " (publications are kept in memory, the last " + Publications.KEPT + "; releases stay in GET /admin/releases)");
            return;
        }
        send(context, 200, JSON, view(publication.get()));
    }

    private void accepted(RoutingContext context, Publication publication) {
        context.response().putHeader(HttpHeaders.LOCATION, "/admin/publications/" + publication.id());
        send(context, 202, JSON, view(publication));
    }

    private Optional<Release> find(RoutingContext context, String id) {
        Optional<Release> release = releases.store().find(id).map(releases.store()::release);
        if (release.isEmpty()) {
            problem(context, ProblemType.NOT_FOUND, "no release " + id + " (GET /admin/releases lists them)");
        }
        return release;
    }

    private Map<String, Object> view(Release release) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", release.id());
        view.put("commit", release.commit());
        view.put("rulebase", release.rulebase());
        view.put("author", release.author());
        view.put("time", release.time().toString());
        view.put("note", release.note());
        view.put("gate", release.gate());
        view.put("serving", releases.serving().map(Release::id).filter(release.id()::equals).isPresent());
        return view;
    }

    static Map<String, Object> view(Publication publication) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", publication.id());
        view.put("status", publication.status());
        view.put("trigger", publication.trigger());
        view.put("queued", publication.queued().toString());
        if (publication.done()) {
            view.put("ended", publication.ended().toString());
            view.put("detail", publication.detail());
        }
        if (publication.release() != null) {
            view.put("release", publication.release());
        }
        if (publication.status() == Publication.Status.REFUSED) {
            view.put("problems", publication.problems().stream().map(ReleaseAdmin::view).toList());
        } else if (publication.status() == Publication.Status.ACTIVE) {
            view.put("warnings", publication.warnings().stream().map(ReleaseAdmin::view).toList());
        }
        return view;
    }

    /** In this order (at, then message), as every refusal has been written. */
    private static Map<String, String> view(Issue issue) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("at", issue.where().toString());
        view.put("message", issue.message());
        return view;
    }

    private static void problem(RoutingContext context, ProblemType type, String detail) {
        send(context, type.status(), Problem.MEDIA_TYPE, Problem.of(type, detail));
    }

    private static void send(RoutingContext context, int status, String mediaType, Object body) {
        if (context.response().ended()) {
            return;
        }
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType)
                    .end(Buffer.buffer(Json.MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
