package kitei.workbench.tables;

import static kitei.workbench.Html.e;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.http.Responses;
import kitei.check.DecisionTable;
import kitei.release.Release;
import kitei.release.ReleaseTree;
import kitei.workbench.Backend;
import kitei.workbench.Html;
import kitei.workbench.Page;
import kitei.workbench.TableVersion;

/**
 * The tables as the analyst knows them, of the release serving or of any release ({@code ?release=}):
 * the list of workbooks, each workbook's tables, its download, and the DRL files the trace links to.
 */
public final class TablePages {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Pattern WORKBOOK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.xlsx");
    private static final Pattern RULE_FILE = Pattern.compile("rules/[A-Za-z0-9/._-]+\\.drl");

    private final Backend backend;

    public TablePages(Backend backend) {
        this.backend = backend;
    }

    public void mount(Router router) {
        router.get("/workbench/tables").handler(this::list);
        router.get("/workbench/tables/:file").handler(this::workbook);
        router.get("/workbench/tables/:file/download").handler(this::download);
        router.getWithRegex("/workbench/rules/.+").handler(this::ruleFile);
    }

    /**
     * The tree of {@code ?release=ID}, else of the release serving, and the version of its tables of
     * {@code ?version=DAY}, else the base; empty (and a 404 page sent) when there is none.
     */
    private Optional<Versioned> tree(RoutingContext context) {
        String asked = context.request().getParam("release");
        Optional<Versioned> found;
        if (asked == null || asked.isBlank()) {
            found = backend.releases().serving().map(release -> new Versioned(release, backend.releases().servingTree(), true, TableVersion.BASE));
        } else {
            Optional<Release> release = backend.releases().store().find(asked).map(backend.releases().store()::release);
            if (release.isEmpty()) {
                Page.error(context, 404, "No such release", "There is no release " + asked + "; the history lists them.");
                return Optional.empty();
            }
            found = release.map(it -> new Versioned(it, backend.releases().tree(it), false, TableVersion.BASE));
        }
        return found.flatMap(versioned -> TableVersion.asked(context, versioned.days())
                .map(version -> new Versioned(versioned.release(), versioned.tree(), versioned.serving(), version)));
    }

    private record Versioned(Release release, ReleaseTree tree, boolean serving, TableVersion version) {

        NavigableSet<LocalDate> days() {
            return TableVersion.days(tree.files().keySet());
        }

        Map<String, String> workbooks() {
            return version.workbooks(tree.files().keySet());
        }

        String query() {
            String parameters = Stream.of(serving ? "" : "release=" + Html.url(release.id()), version.parameter())
                    .filter(part -> !part.isEmpty()).collect(Collectors.joining("&"));
            return parameters.isEmpty() ? "" : "?" + parameters;
        }

        String caption() {
            return (serving ? "Serving now: release " : "Release ") + release.id() + ", " + version.caption();
        }

        String selector(String action) {
            return version.selector(action, days(), serving ? Map.of() : Map.of("release", release.id()));
        }
    }

    private void list(RoutingContext context) {
        context.vertx().executeBlocking(() -> tree(context), false).onSuccess(found -> found.ifPresent(versioned -> {
            StringBuilder items = new StringBuilder();
            versioned.workbooks().forEach((file, path) -> items.append("<li><a href=\"/workbench/tables/").append(Html.url(file))
                    .append(versioned.query()).append("\">").append(e(file)).append("</a>")
                    .append(path.equals("decision-tables/" + file) ? "" : " (<code>" + e(path) + "</code>)")
                    .append(" · <a href=\"/workbench/tables/").append(Html.url(file))
                    .append("/download").append(versioned.query()).append("\" download>download</a></li>"));
            Page.send(context, 200, "Tables", """
                    <h1>Tables</h1>
                    <p class="version">%s</p>
                    %s
                    <ul class="files">%s</ul>
                    """.formatted(e(versioned.caption()), versioned.selector("/workbench/tables"), items));
        })).onFailure(context::fail);
    }

    private void workbook(RoutingContext context) {
        String file = context.pathParam("file");
        if (!WORKBOOK.matcher(file).matches()) {
            Page.error(context, 404, "No such workbook", "There is no workbook " + file + ".");
            return;
        }
        context.vertx().executeBlocking(() -> tree(context).map(versioned -> {
            String path = versioned.workbooks().get(file);
            byte[] bytes = path == null ? null : versioned.tree().files().get(path);
            if (bytes == null) {
                return null;
            }
            try {
                return render(versioned, file, path, bytes);
            } catch (java.io.IOException unreadable) {
                throw new java.io.UncheckedIOException(unreadable);
            }
        }), false).onSuccess(html -> {
            if (html.isPresent()) {
                Page.send(context, 200, file, html.get());
            } else if (!context.response().ended()) {
                Page.error(context, 404, "No such workbook", "There is no workbook decision-tables/" + file + " in this release.");
            }
        }).onFailure(context::fail);
    }

    private static String render(Versioned versioned, String file, String path, byte[] bytes) throws java.io.IOException {
        List<DecisionTable> tables = DecisionTable.read(path, bytes);
        Map<String, SheetGrid> grids = new java.util.HashMap<>();
        SheetGrid.read(bytes).forEach(grid -> grids.put(grid.sheet(), grid));
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(e(file)).append("</h1>");
        html.append("<p class=\"version\">").append(e(versioned.caption())).append(" · <a href=\"/workbench/tables/")
                .append(Html.url(file)).append("/download").append(versioned.query()).append("\" download>Download the workbook</a></p>");
        for (DecisionTable table : tables) {
            html.append(TableView.render(table, grids.getOrDefault(table.sheet(), new SheetGrid(table.sheet(), new java.util.TreeMap<>(), 0))));
        }
        if (tables.isEmpty()) {
            html.append("<p>This workbook has no rule table.</p>");
        }
        return html.toString();
    }

    private void download(RoutingContext context) {
        String file = context.pathParam("file");
        if (!WORKBOOK.matcher(file).matches()) {
            Page.error(context, 404, "No such workbook", "There is no workbook " + file + ".");
            return;
        }
        context.vertx().executeBlocking(() -> tree(context).map(versioned -> Optional.ofNullable(versioned.workbooks().get(file))
                        .map(versioned.tree().files()::get).orElse(null)), false)
                .onSuccess(bytes -> {
                    if (context.response().ended()) {
                        return;
                    }
                    if (bytes.isEmpty()) {
                        Page.error(context, 404, "No such workbook", "There is no workbook decision-tables/" + file + " in this release.");
                        return;
                    }
                    context.response().putHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
                    Responses.ok(context, XLSX, io.vertx.core.buffer.Buffer.buffer(bytes.get()));
                }).onFailure(context::fail);
    }

    private void ruleFile(RoutingContext context) {
        String path = context.request().path().substring("/workbench/".length());
        if (!RULE_FILE.matcher(path).matches() || path.contains("..")) {
            Page.error(context, 404, "No such rule file", "There is no rule file " + path + ".");
            return;
        }
        context.vertx().executeBlocking(() -> tree(context).map(versioned -> versioned.tree().files().get(path)), false)
                .onSuccess(bytes -> {
                    if (context.response().ended()) {
                        return;
                    }
                    if (bytes.isEmpty()) {
                        Page.error(context, 404, "No such rule file", "There is no rule file " + path + " in this release.");
                        return;
                    }
                    StringBuilder lines = new StringBuilder();
                    String[] text = new String(bytes.get(), java.nio.charset.StandardCharsets.UTF_8).split("\n", -1);
                    for (int i = 0; i < text.length; i++) {
                        lines.append("<tr id=\"L").append(i + 1).append("\"><th scope=\"row\">").append(i + 1)
                                .append("</th><td><code>").append(e(text[i])).append("</code></td></tr>");
                    }
                    Page.send(context, 200, path, """
                            <h1>%s</h1>
                            <p>Rules are changed through commits to the release repository, reviewed like code; here they are read only.</p>
                            <div class="scroll"><table class="source">%s</table></div>
                            """.formatted(e(path), lines));
                }).onFailure(context::fail);
    }
}
