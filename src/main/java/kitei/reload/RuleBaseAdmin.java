package kitei.reload;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import kitei.check.Issue;
import kitei.decision.Json;
import kitei.engine.RuleBase;
import kitei.engine.ServingRuleBase;
import kitei.problem.Problem;
import kitei.problem.ProblemType;
import kitei.http.Routes;

/**
 * The admin operations on the rule base (behind the admin token): {@code POST /admin/reload},
 * {@code PUT /admin/decision-tables/{name}.xlsx} and {@code GET /admin/rulebase}. A refusal answers
 * 422 with every located problem; the rule base serving keeps serving.
 */
public final class RuleBaseAdmin implements Routes {

    public static final int MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;
    private static final String JSON = "application/json";

    private final Reloader reloader;
    private final ServingRuleBase serving;

    public RuleBaseAdmin(Reloader reloader, ServingRuleBase serving) {
        this.reloader = reloader;
        this.serving = serving;
    }

    @Override
    public void mount(Router router, Vertx vertx) {
        router.post("/admin/reload").handler(this::reload);
        router.put("/admin/decision-tables/:file").handler(BodyHandler.create(false).setBodyLimit(MAX_WORKBOOK_BYTES));
        router.put("/admin/decision-tables/:file").handler(this::upload);
        router.get("/admin/rulebase").handler(this::describe);
    }

    private void reload(RoutingContext context) {
        answer(context, Future.fromCompletionStage(reloader.reloadFromDisk("admin reload"), context.vertx().getOrCreateContext()));
    }

    private void upload(RoutingContext context) {
        byte[] bytes = context.body().buffer() == null ? new byte[0] : context.body().buffer().getBytes();
        answer(context, Future.fromCompletionStage(reloader.upload(context.pathParam("file"), bytes), context.vertx().getOrCreateContext()));
    }

    private void answer(RoutingContext context, Future<ReloadEvent> attempt) {
        attempt.onSuccess(event -> {
            if (event.outcome() == ReloadEvent.Outcome.REFUSED) {
                send(context, ProblemType.RULE_BASE_REFUSED.status(), Problem.MEDIA_TYPE, refusal(event));
            } else {
                send(context, 200, JSON, view(event));
            }
        }).onFailure(failure -> {
            ProblemType type = failure instanceof IllegalArgumentException ? ProblemType.BAD_INPUT : ProblemType.CONFLICT;
            send(context, type.status(), Problem.MEDIA_TYPE, Problem.of(type, String.valueOf(failure.getMessage())));
        });
    }

    /** A refused candidate as a problem document (RFC 9457) whose extension members are the reload report. */
    private static Map<String, Object> refusal(ReloadEvent event) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", ProblemType.RULE_BASE_REFUSED.uri());
        problem.put("title", ProblemType.RULE_BASE_REFUSED.title());
        problem.put("status", ProblemType.RULE_BASE_REFUSED.status());
        problem.put("detail", event.problems().size() + " problem(s) refused the candidate rule base " + event.candidateId()
                + "; the rule base " + event.servingId() + " keeps serving");
        problem.putAll(view(event));
        return problem;
    }

    private void describe(RoutingContext context) {
        Map<String, Object> body = new LinkedHashMap<>();
        RuleBase current = serving.current().orElse(null);
        if (current != null) {
            Map<String, Object> loaded = new LinkedHashMap<>();
            loaded.put("rulebase", current.id());
            loaded.put("rules", current.rules().size());
            loaded.put("origin", current.sources().origin());
            loaded.put("files", List.copyOf(current.sources().files().keySet()));
            loaded.put("since", reloader.servingSince().map(Instant::toString).orElse(null));
            body.put("serving", loaded);
        } else {
            body.put("serving", null);
        }
        body.put("watching", reloader.root().map(Object::toString).orElse(null));
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
