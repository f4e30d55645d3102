package kitei.workbench.trying;

import static kitei.workbench.Html.e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import kitei.decision.Asking;
import kitei.decision.Decider;
import kitei.decision.DecisionService;
import kitei.decision.Reply;
import kitei.decisionlog.LogLines;
import kitei.workbench.Backend;
import kitei.workbench.Csrf;
import kitei.workbench.Html;
import kitei.workbench.Page;

/**
 * Try a decision: a form per kind, prefilled with the API's examples and editable as JSON; the answer
 * read as a person reads it, with the trace linking to the rows and lines of its rules. What is tried
 * is a what-if: it is not written to the decision log. A logged decision opens by its id the same way.
 */
public final class TryPages {

    private static final Pattern DECISION_ID = Pattern.compile("[0-9a-fA-F-]{8,64}");

    private final Backend backend;
    private final Examples examples = Examples.fromClasspath();
    private final Map<String, RequestFields> fields = new java.util.concurrent.ConcurrentHashMap<>();

    public TryPages(Backend backend) {
        this.backend = backend;
    }

    public void mount(Router router) {
        router.get("/workbench/try").handler(this::kinds);
        router.get("/workbench/try/:kind").handler(this::form);
        router.post("/workbench/try/:kind").handler(this::decide);
        router.get("/workbench/decisions").handler(this::findDecision);
        router.get("/workbench/decisions/:id").handler(this::decision);
    }

    static String slug(Decider decider) {
        return decider.path().substring("/v1/".length());
    }

    private Optional<Decider> decider(RoutingContext context) {
        Optional<Decider> decider = backend.decisions().at("/v1/" + context.pathParam("kind"));
        if (decider.isEmpty()) {
            Page.error(context, 404, "No such decision", "kitei decides no " + context.pathParam("kind") + "; the kinds are listed under Try a decision.");
        }
        return decider;
    }

    private void kinds(RoutingContext context) {
        StringBuilder items = new StringBuilder();
        for (Decider decider : backend.decisions().deciders()) {
            items.append("<li><a href=\"/workbench/try/").append(e(slug(decider))).append("\">").append(e(AnswerView.words(decider.kind().name()
                    .toLowerCase().replace('_', ' ')))).append("</a></li>");
        }
        Page.send(context, 200, "Try a decision", """
                <h1>Try a decision</h1>
                <p>Ask kitei a question as an order system would, and read its answer and why. What you try here is
                not written to the decision log.</p>
                <ul class="files">%s</ul>
                <h2>Open a logged decision</h2>
                %s
                """.formatted(items, findForm("")));
    }

    private static String findForm(String id) {
        return """
                <form method="get" action="/workbench/decisions" class="inline">
                <label for="decision-id">Decision id</label>
                <input id="decision-id" name="id" value="%s" size="40" spellcheck="false">
                <button type="submit">Open</button>
                </form>
                """.formatted(e(id));
    }

    private void form(RoutingContext context) {
        decider(context).ifPresent(decider -> {
            Map<String, Examples.Example> known = examples.of(decider.path());
            String chosen = Optional.ofNullable(context.request().getParam("example")).filter(known::containsKey)
                    .orElse(known.keySet().stream().findFirst().orElse(""));
            String request = known.containsKey(chosen) ? pretty(known.get(chosen).request()) : "{}";
            Page.send(context, 200, "Try: " + slug(decider), page(context, decider, known, chosen, request, ""));
        });
    }

    /**
     * Decides the request as posted: the JSON view posts the text as typed; the fields view posts the JSON
     * as last shown with the fields, which are written into it first (a JSON that does not read is shown back,
     * named, and not decided).
     */
    private void decide(RoutingContext context) {
        decider(context).ifPresent(decider -> {
            String posted = Optional.ofNullable(context.request().getFormAttribute("request")).orElse("");
            String request;
            if ("fields".equals(context.request().getFormAttribute("view"))) {
                Optional<ObjectNode> json = object(posted);
                if (json.isEmpty()) {
                    Page.send(context, 400, "Try: " + slug(decider), page(context, decider, examples.of(decider.path()), "", posted, """
                            <div class="error-summary" role="alert" tabindex="-1"><h2>There is a problem</h2>
                            <ul><li><a href="#request">The request in the JSON view is not a JSON object, so the fields cannot be written
                            into it: correct it there and decide from the JSON</a></li></ul></div>
                            """));
                    return;
                }
                request = pretty(fields(decider).apply(json.get(), context.request()::getFormAttribute));
            } else {
                request = posted;
            }
            context.vertx().executeBlocking(() -> answer(backend.decisions(), decider, request), false)
                    .onSuccess(answer -> Page.send(context, 200, "Try: " + slug(decider),
                            page(context, decider, examples.of(decider.path()), "", request, answer)))
                    .onFailure(context::fail);
        });
    }

    private RequestFields fields(Decider decider) {
        return fields.computeIfAbsent(decider.path(), path -> RequestFields.of(examples.openapi(), path));
    }

    private Optional<ObjectNode> object(String json) {
        try {
            return backend.json().readTree(json) instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private String answer(DecisionService decisions, Decider decider, String request) {
        Reply reply = decisions.decide(decider, request.getBytes(StandardCharsets.UTF_8));
        return AnswerView.render(reply.status(), backend.json().valueToTree(reply.body()));
    }

    private String page(RoutingContext context, Decider decider, Map<String, Examples.Example> known, String chosen,
                        String request, String answer) {
        StringBuilder choices = new StringBuilder();
        for (Examples.Example example : known.values()) {
            choices.append("<li><a href=\"/workbench/try/").append(e(slug(decider))).append("?example=").append(Html.url(example.name()))
                    .append("\"").append(example.name().equals(chosen) ? " aria-current=\"true\"" : "").append(">")
                    .append(e(example.summary())).append("</a></li>");
        }
        return """
                <h1>Try: %s</h1>
                <div class="two">
                <div>
                <h2>Start from an example</h2>
                <ul class="examples">%s</ul>
                <form method="post" action="/workbench/try/%s" id="try-form">
                %s
                <div class="field">
                <label for="request">The request, as JSON (as sent to <code>POST %s</code>)</label>
                <textarea id="request" name="request" rows="24" spellcheck="false">%s</textarea>
                </div>
                <button type="submit">Decide</button>
                </form>
                <h2 id="as-fields">Or as fields</h2>
                %s
                </div>
                <div>%s</div>
                </div>
                """.formatted(e(slug(decider)), choices, e(slug(decider)), Csrf.field(context), e(decider.path()), e(request),
                fieldsForm(context, decider, request), answer);
    }

    /** The flat fields of the request shown last, posted with that request so that the fields are written into it. */
    private String fieldsForm(RoutingContext context, Decider decider, String request) {
        Optional<ObjectNode> json = object(request);
        if (json.isEmpty()) {
            return "<p>The JSON above is not a JSON object, so it cannot be shown as fields.</p>";
        }
        return """
                <form method="post" action="/workbench/try/%s" id="fields-form" aria-labelledby="as-fields">
                %s
                <input type="hidden" name="view" value="fields">
                <input type="hidden" name="request" value="%s">
                <p class="hint">The days, amounts and choices of the request; the rest stays as in the JSON. An empty field leaves the
                value out. Deciding writes the fields into the JSON above.</p>
                %s
                <button type="submit">Decide from the fields</button>
                </form>
                """.formatted(e(slug(decider)), Csrf.field(context), e(request), fields(decider).render(json.get()));
    }

    private String pretty(JsonNode json) {
        try {
            return backend.json().writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (IOException e) {
            return json.toString();
        }
    }

    private void findDecision(RoutingContext context) {
        String id = Optional.ofNullable(context.request().getParam("id")).orElse("").strip();
        if (!DECISION_ID.matcher(id).matches()) {
            Page.send(context, 400, "Open a logged decision", """
                    <div class="error-summary" role="alert" tabindex="-1"><h2>There is a problem</h2>
                    <ul><li><a href="#decision-id">Enter a decision id as answers carry it, like c62ac02e-43dc-4172-844e-16e2c50e3957</a></li></ul></div>
                    <h1>Open a logged decision</h1>
                    %s
                    """.formatted(findForm(id)));
            return;
        }
        Page.seeOther(context, "/workbench/decisions/" + Html.url(id));
    }

    /** A logged decision: as it was answered, and decided again now (with its trace) as of the time it was made. */
    private void decision(RoutingContext context) {
        String id = context.pathParam("id");
        if (!DECISION_ID.matcher(id).matches() || backend.decisionLog().isEmpty()) {
            Page.error(context, 404, "No such decision", backend.decisionLog().isEmpty()
                    ? "This kitei keeps no decision log (--decision-log off), so no decision can be opened by its id."
                    : "There is no decision " + id + ".");
            return;
        }
        context.vertx().executeBlocking(() -> find(backend.decisionLog().get(), id), false).onSuccess(record -> {
            if (record.isEmpty()) {
                Page.error(context, 404, "No such decision", "The decision log " + backend.decisionLog().get().getFileName()
                        + " has no decision " + id + " (rotated files are not searched).");
                return;
            }
            context.vertx().executeBlocking(() -> logged(context, record.get()), false)
                    .onSuccess(html -> Page.send(context, 200, "Decision " + id, html)).onFailure(context::fail);
        }).onFailure(context::fail);
    }

    private String logged(RoutingContext context, JsonNode record) {
        String endpoint = record.path("endpoint").asText();
        Decider decider = backend.decisions().at(endpoint).orElseThrow(() -> new IllegalStateException("no endpoint " + endpoint));
        Instant time = Instant.parse(record.path("time").asText());
        DecisionService then = new DecisionService(backend.serving()::require,
                new Asking(Clock.fixed(time, ZoneOffset.UTC)), backend.json(), List.of(decider));
        Reply again = then.decide(decider, record.path("request"));
        String request = pretty(record.path("request"));
        return """
                <h1>Decision <code>%s</code></h1>
                <p>%s at %s, release %s, rule base <code>%s</code>.</p>
                <h2>As it was answered</h2>
                %s
                <h2>Decided again on the release serving now, as of %s</h2>
                %s
                <h2>Try it with changes</h2>
                <form method="post" action="/workbench/try/%s">
                %s
                <div class="field"><label for="request">The request, as JSON</label>
                <textarea id="request" name="request" rows="16" spellcheck="false">%s</textarea></div>
                <button type="submit">Decide</button>
                </form>
                """.formatted(e(record.path("decisionId").asText()), e(endpoint), e(time), e(record.path("release").asText("?")),
                e(record.path("rulebase").asText()), AnswerView.render(200, record.path("answer")), e(time),
                AnswerView.render(again.status(), backend.json().valueToTree(again.body())), e(slug(decider)),
                Csrf.field(context), e(request));
    }

    private Optional<JsonNode> find(Path log, String id) throws IOException {
        AtomicReference<JsonNode> found = new AtomicReference<>();
        String needle = "\"decisionId\":\"" + id + "\"";
        LogLines.read(log, line -> {
            if (found.get() == null && !line.torn() && line.text().contains(needle)) {
                try {
                    found.set(backend.json().readTree(line.text()));
                } catch (IOException unreadable) {
                    // a line that does not read is not the decision asked for
                }
            }
        });
        return Optional.ofNullable(found.get());
    }
}
