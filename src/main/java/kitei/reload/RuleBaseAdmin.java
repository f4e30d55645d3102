package kitei.reload;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.check.Issue;
import kitei.decision.Json;
import kitei.engine.RuleBase;
import kitei.engine.ServingRuleBase;
import kitei.http.Routes;

/**
 * {@code GET /admin/rulebase} (behind the admin token): the rule base and release serving, the draft
 * folder watched and the last attempts. Publishing (uploads, reloads) is {@link kitei.release.ReleaseAdmin}.
 */
public final class RuleBaseAdmin implements Routes {

    private static final String JSON = "application/json";

    private final Reloader reloader;
    private final ServingRuleBase serving;

    public RuleBaseAdmin(Reloader reloader, ServingRuleBase serving) {
        this.reloader = reloader;
        this.serving = serving;
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
        body.put("draft", reloader.draft().map(RuleBaseAdmin::view).orElse(null));
        body.put("lastReload", reloader.last().map(RuleBaseAdmin::view).orElse(null));
        body.put("lastRefusal", reloader.lastRefusal().map(RuleBaseAdmin::view).orElse(null));
        body.put("counts", Map.of("accepted", reloader.acceptedCount(), "refused", reloader.refusedCount(),
                "unchanged", reloader.unchangedCount()));
        send(context, 200, JSON, body);
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

    private static Map<String, String> view(Issue issue) {
        return Map.of("at", issue.where().toString(), "message", issue.message());
    }

    private static void send(RoutingContext context, int status, String mediaType, Object body) {
        if (context.response().headWritten()) {
            return; // answered already: the request timed out while the candidate was being checked
        }
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, mediaType)
                    .end(Buffer.buffer(Json.MAPPER.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
