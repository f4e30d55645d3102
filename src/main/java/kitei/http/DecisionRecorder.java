package kitei.http;

import java.time.Clock;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kitei.decision.Answer;
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

    /** What to send: a status and the body's JSON, an answer or a problem document. */
    record Answered(int status, byte[] body) {
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
        if (reply.isProblem()) {
            return new Answered(reply.status(), bytes(reply.body()));
        }
        Answer answer = (Answer) reply.body();
        byte[] sent = bytes(answer);
        long nanos = System.nanoTime() - started;
        DecisionRecord record = new DecisionRecord(answer.decisionId(), clock.instant(), decider.path(),
                answer.tariff().rulebase(), nanos / 1_000, reply.request(), new String(sent, StandardCharsets.UTF_8));
        if (!log.append(record)) {
            LOG.atWarn().addKeyValue("decisionId", record.decisionId()).addKeyValue("endpoint", decider.path())
                    .log("decision refused: the decision log is full");
            return new Answered(ProblemType.UNAVAILABLE.status(),
                    bytes(Problem.of(ProblemType.UNAVAILABLE, "the decision log is full; retry shortly (no decision was made)")));
        }
        metrics.decided(decider.path(), answer.outcome(), nanos);
        if (LOG.isDebugEnabled()) {
            LOG.atDebug().addKeyValue("decisionId", record.decisionId()).addKeyValue("endpoint", decider.path())
                    .addKeyValue("outcome", answer.outcome()).addKeyValue("rulebase", record.rulebase())
                    .addKeyValue("micros", record.durationMicros()).log("decided");
        }
        return new Answered(200, sent);
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be written as JSON", e);
        }
    }
}
