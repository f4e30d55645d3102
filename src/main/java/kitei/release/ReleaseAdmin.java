package kitei.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Vertx;
import io.vertx.ext.web.FileUpload;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import kitei.check.Issue;
import kitei.decision.Json;
import kitei.http.Responses;
import kitei.http.Routes;
import kitei.problem.ProblemException;
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
    private final DiffImpact impact;

    /** With the service's decision log (none: the diff says so) and its clock, for the diff's impact across the day. */
    public ReleaseAdmin(Reloader reloader, Publications publications, Optional<Path> decisionLog, Clock clock) {
        this.reloader = reloader;
        this.releases = reloader.releases();
        this.publications = publications;
        this.impact = new DiffImpact(releases, decisionLog, clock);
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
            Responses.ok(context, body);
        }).onFailure(context::fail);
    }

    private void show(RoutingContext context) {
        Release release = find(context.pathParam("id"));
        context.vertx().executeBlocking(() -> {
            Map<String, Object> body = view(release);
            body.put("files", List.copyOf(releases.tree(release).files().keySet()));
            return body;
        }, false).onSuccess(body -> Responses.ok(context, body)).onFailure(context::fail);
    }

    private void diff(RoutingContext context) {
        Release before = find(context.pathParam("a"));
        Release after = find(context.pathParam("b"));
        context.vertx().executeBlocking(() -> {
            ReleaseTree earlier = releases.tree(before);
            ReleaseTree later = releases.tree(after);
            ObjectNode diff = Json.MAPPER.valueToTree(ReleaseDiff.between(earlier.files(), later.files()));
            diff.set("impact", Json.MAPPER.valueToTree(impact.between(earlier, after, later)));
            return diff;
        }, false).onSuccess(diff -> Responses.ok(context, diff)).onFailure(context::fail);
    }

    private void publish(RoutingContext context) {
        Map<String, byte[]> files = new TreeMap<>();
        for (FileUpload upload : context.fileUploads()) {
            Optional<String> wrong = refusal(upload);
            if (wrong.isPresent()) {
                throw new ProblemException(ProblemType.BAD_INPUT, wrong.get());
            }
            files.put(upload.name(), read(upload));
        }
        if (files.isEmpty()) {
            throw new ProblemException(ProblemType.BAD_INPUT, "send one or more workbooks as multipart/form-data parts, each named by its path "
                    + "(decision-tables/<name>.xlsx or scenarios/<name>.xlsx), and a 'note' field");
        }
        String note = Optional.ofNullable(context.request().getFormAttribute("note")).filter(text -> !text.isBlank())
                .orElse("publish " + String.join(", ", files.keySet()));
        accepted(context, publications.submit("publish " + String.join(", ", files.keySet()),
                started -> reloader.publish(files, PUBLISHER, note, "publish", started)));
    }

    private static byte[] read(FileUpload upload) {
        try {
            return Files.readAllBytes(Path.of(upload.uploadedFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded part " + upload.name(), e);
        }
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
        Release release = find(context.pathParam("id"));
        String note = noteOf(context).orElse("roll back to " + release.id());
        accepted(context, publications.submit("roll back to " + release.id(),
                started -> reloader.restore(release, PUBLISHER, note, started)));
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
            throw new ProblemException(ProblemType.CONFLICT, "the rules came from the jar; there is no directory to reload from");
        }
        accepted(context, publications.submit("admin reload", started -> reloader.reloadFromDisk("admin reload", started)));
    }

    private void upload(RoutingContext context) {
        String file = context.pathParam("file");
        String path = "decision-tables/" + file;
        if (!PUBLISHABLE.matcher(path).matches()) {
            throw new ProblemException(ProblemType.BAD_INPUT,
                    "a decision table is uploaded as <name>.xlsx (letters, digits, '.', '_', '-'), not " + file);
        }
        byte[] bytes = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        accepted(context, publications.submit("upload " + path,
                started -> reloader.publish(Map.of(path, bytes), PUBLISHER, "upload " + path, "upload " + path, started)));
    }

    private void poll(RoutingContext context) {
        Publication publication = publications.get(context.pathParam("id")).orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND,
                "no publication " + context.pathParam("id")
                        + " (publications are kept in memory, the last " + Publications.KEPT + "; releases stay in GET /admin/releases)"));
        Responses.ok(context, view(publication));
    }

    private void accepted(RoutingContext context, Publication publication) {
        Responses.accepted(context, "/admin/publications/" + publication.id(), view(publication));
    }

    private Release find(String id) {
        return releases.store().find(id).map(releases.store()::release)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no release " + id + " (GET /admin/releases lists them)"));
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
}
