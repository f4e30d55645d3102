package kitei.reload;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.check.Issue;
import kitei.engine.RuleBase;
import kitei.engine.ServingRuleBase;
import kitei.http.Responses;
import kitei.http.Routes;

/**
 * {@code GET /admin/rulebase} (behind the admin token): the rule base and release serving, the draft
 * folder watched and the last attempts. Publishing (uploads, reloads) is {@link kitei.release.ReleaseAdmin}.
 */
public final class RuleBaseAdmin implements Routes {

    private final Reloader reloader;
    private final ServingRuleBase serving;

    private final Supplier<Map<String, Object>> watcher;

    public RuleBaseAdmin(Reloader reloader, ServingRuleBase serving, Supplier<Map<String, Object>> watcher) {
        this.reloader = reloader;
        this.serving = serving;
        this.watcher = watcher;
    }

    @Override
    public void mount(Router router, Vertx vertx) {
        router.get("/admin/rulebase").handler(this::describe);
    }

    private void describe(RoutingContext context) {
        Map<String, Object> body = new LinkedHashMap<>();
        RuleBase current = serving.current().orElse(null);
        if (current != null) {
            Map<String, Object> loaded = new LinkedHashMap<>();
            loaded.put("rulebase", current.id());
            loaded.put("release", serving.served().map(ServingRuleBase.Served::release).orElse(null));
            loaded.put("rules", current.rules().size());
            loaded.put("origin", current.sources().origin());
            loaded.put("files", List.copyOf(current.sources().files().keySet()));
            loaded.put("since", reloader.servingSince().map(Instant::toString).orElse(null));
            body.put("serving", loaded);
        } else {
            body.put("serving", null);
        }
        body.put("watching", reloader.root().map(Object::toString).orElse(null));
        body.put("watcher", watcher.get());
        body.put("draft", reloader.draft().map(RuleBaseAdmin::view).orElse(null));
        body.put("lastReload", reloader.last().map(RuleBaseAdmin::view).orElse(null));
        body.put("lastRefusal", reloader.lastRefusal().map(RuleBaseAdmin::view).orElse(null));
        body.put("counts", Map.of("accepted", reloader.acceptedCount(), "refused", reloader.refusedCount(),
                "unchanged", reloader.unchangedCount()));
        Responses.ok(context, body);
    }

    static Map<String, Object> view(ReloadEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("outcome", event.outcome());
        view.put("at", event.at().toString());
        view.put("trigger", event.trigger());
        view.put("candidate", event.candidateId());
        view.put("serving", event.servingId());
        view.put("millis", event.millis());
        view.put("release", event.release());
        view.put(event.outcome() == ReloadEvent.Outcome.REFUSED ? "problems" : "warnings",
                event.problems().stream().map(RuleBaseAdmin::view).toList());
        return view;
    }

    /** In the order the description lists them ({@code Map.of} would vary from run to run). */
    private static Map<String, String> view(Issue issue) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("at", issue.where().toString());
        view.put("message", issue.message());
        return view;
    }
}
