package kitei.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import kitei.decision.Decider;
import kitei.decision.DecisionService;
import kitei.input.BadInputException;
import kitei.input.FieldProblem;
import kitei.input.MalformedJson;
import kitei.problem.Problem;
import kitei.problem.ProblemException;
import kitei.problem.ProblemType;

/**
 * {@code POST /v1/batch}: {@code {"items": [{"endpoint": "/v1/eligibility", "request": {…}}, …]}},
 * answered in order as {@code {"items": [{"kind": "eligibility", "status": 200, "body": {…}}, …]}}. A bad
 * item fails alone with its own problem document ({@code "kind": "problem"}); each decision is logged and
 * counted as if asked on its own. {@code kind} names the body's schema, so that a generated client can
 * tell the bodies apart (the description's discriminator).
 */
final class BatchHandler implements Handler<RoutingContext> {

    static final String PATH = "/v1/batch";
    static final String PROBLEM = "problem";

    private final HttpConfig config;
    private final DecisionService decisions;
    private final DecisionRecorder recorder;
    private final ObjectMapper json;

    BatchHandler(HttpConfig config, DecisionService decisions, DecisionRecorder recorder, ObjectMapper json) {
        this.config = config;
        this.decisions = decisions;
        this.recorder = recorder;
        this.json = json;
    }

    @Override
    public void handle(RoutingContext context) {
        ServiceVerticle.requireJson(context);
        JsonNode batch = read(context.body().buffer());
        JsonNode items = batch == null ? null : batch.get("items");
        if (items == null || !items.isArray()) {
            throw new BadInputException(List.of(new FieldProblem("/items", "expected an array of {\"endpoint\", \"request\"} items")));
        }
        if (items.size() > config.maxBatchItems()) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "a batch carries at most " + config.maxBatchItems() + " items; this one has " + items.size());
        }
        List<Future<ObjectNode>> answers = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            answers.add(answer(items.get(i), "/items/" + i));
        }
        Future.all(answers).onSuccess(all -> {
            ArrayNode answered = json.createArrayNode();
            answers.forEach(answer -> answered.add(answer.result()));
            ObjectNode reply = json.createObjectNode();
            reply.set("items", answered);
            Responses.ok(context, reply);
        }).onFailure(context::fail);
    }

    private JsonNode read(Buffer body) {
        try {
            return json.readTree(body == null ? new byte[0] : body.getBytes());
        } catch (IOException malformed) {
            throw new BadInputException(List.of(MalformedJson.of(malformed)));
        }
    }

    private Future<ObjectNode> answer(JsonNode item, String pointer) {
        String endpoint = item.path("endpoint").asText("");
        Optional<Decider> decider = decisions.at(endpoint);
        if (decider.isEmpty() || !item.has("request")) {
            String detail = decider.isEmpty()
                    ? "unknown endpoint '" + endpoint + "'; expected one of " + decisions.deciders().stream().map(Decider::path).toList()
                    : "missing required field 'request'";
            String field = decider.isEmpty() ? "/endpoint" : "/request";
            Problem problem = Problem.badInput(List.of(new FieldProblem(pointer + field, detail)));
            return Future.succeededFuture(item(PROBLEM, problem.status(), json.valueToTree(problem)));
        }
        String kind = kind(decider.get());
        return recorder.decide(decider.get(), item.get("request"))
                .map(answered -> item(answered.status() == 200 ? kind : PROBLEM, answered.status(), answered.body()));
    }

    /** The kind of a decision's body: its endpoint's last path segment ({@code /v1/outage-credit} → {@code outage-credit}). */
    static String kind(Decider decider) {
        return decider.path().substring(decider.path().lastIndexOf('/') + 1);
    }

    private ObjectNode item(String kind, int status, JsonNode body) {
        ObjectNode item = json.createObjectNode();
        item.put("kind", kind);
        item.put("status", status);
        item.set("body", body);
        return item;
    }

    /** An answer already written as JSON goes into the batch as it is. */
    private ObjectNode item(String kind, int status, byte[] body) {
        ObjectNode item = json.createObjectNode();
        item.put("kind", kind);
        item.put("status", status);
        item.putRawValue("body", new RawValue(new String(body, StandardCharsets.UTF_8)));
        return item;
    }
}
