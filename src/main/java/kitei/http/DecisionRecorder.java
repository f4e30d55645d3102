package kitei.http;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.decision.Decider;
import kitei.decision.DecisionService;
import kitei.decision.Reply;
import kitei.decisionlog.DecisionLog;
import kitei.decisionlog.DecisionRecord;
import kitei.metrics.Metrics;
import kitei.problem.Problem;
import kitei.problem.ProblemType;

/**
 * Makes a decision and accounts for it: a decision is answered only once its record is queued for
 * the decision log (else 503, never an unlogged answer), and it is counted and timed.
 */
final class DecisionRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionRecorder.class);

    /** Answer fields the log does not repeat: the record has the id and rule base, and the trace is large. */
    private static final Set<String> NOT_LOGGED = Set.of("decisionId", "tariff", "trace");

    private final DecisionService decisions;
    private final DecisionLog log;
    private final Metrics metrics;
    private final ObjectMapper json;
    private final Clock clock;

    DecisionRecorder(DecisionService decisions, DecisionLog log, Metrics metrics, ObjectMapper json, Clock clock) {
        this.decisions = decisions;
        this.log = log;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    record Answered(int status, JsonNode body) {
    }

    Answered decide(Decider decider, byte[] body) {
        long started = System.nanoTime();
        return account(decider, decisions.decide(decider, body), started);
    }

    Answered decide(Decider decider, JsonNode body) {
        long started = System.nanoTime();
        return account(decider, decisions.decide(decider, body), started);
    }

    private Answered account(Decider decider, Reply reply, long started) {
        JsonNode body = json.valueToTree(reply.body());
        if (reply.isProblem()) {
            return new Answered(reply.status(), body);
        }
        long nanos = System.nanoTime() - started;
        DecisionRecord record = new DecisionRecord(body.path("decisionId").asText(), clock.instant(), decider.path(),
                body.path("tariff").path("rulebase").asText(), nanos / 1_000, reply.request(), logged(body));
        if (!log.append(record)) {
            LOG.atWarn().addKeyValue("decisionId", record.decisionId()).addKeyValue("endpoint", decider.path())
                    .log("decision refused: the decision log is full");
            Problem full = Problem.of(ProblemType.UNAVAILABLE, "the decision log is full; retry shortly (no decision was made)");
            return new Answered(full.status(), json.valueToTree(full));
        }
        String outcome = Outcomes.of(body);
        metrics.decided(decider.path(), outcome, nanos);
        if (LOG.isDebugEnabled()) {
            LOG.atDebug().addKeyValue("decisionId", record.decisionId()).addKeyValue("endpoint", decider.path())
                    .addKeyValue("outcome", outcome).addKeyValue("rulebase", record.rulebase())
                    .addKeyValue("micros", record.durationMicros()).log("decided");
        }
        return new Answered(200, body);
    }

    private ObjectNode logged(JsonNode answer) {
        ObjectNode logged = json.createObjectNode();
        answer.fields().forEachRemaining(field -> {
            if (!NOT_LOGGED.contains(field.getKey())) {
                logged.set(field.getKey(), field.getValue());
            }
        });
        return logged;
    }
}
