package kitei.http;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import kitei.decision.Answer;
import kitei.decision.Decider;
import kitei.decision.DecisionService;
import kitei.decision.Reply;
import kitei.decisionlog.DecisionLog;
import kitei.decisionlog.DecisionRecord;
import kitei.metrics.Metrics;
import kitei.problem.Problem;
import kitei.problem.ProblemMapper;
import kitei.problem.ProblemType;

/**
 * Makes a decision and accounts for it: a decision is answered only once the decision log took its
 * record as its mode says (queued, written or synced; else 503, never an unlogged answer), and it
 * is counted and timed. The event loop never waits: the answer is a future the log's writer completes.
 */
final class DecisionRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionRecorder.class);

    private final DecisionService decisions;
    private final DecisionWorkers workers;
    private final DecisionLog log;
    private final Metrics metrics;
    private final ObjectMapper json;
    private final Clock clock;

    DecisionRecorder(DecisionService decisions, DecisionWorkers workers, DecisionLog log, Metrics metrics, ObjectMapper json, Clock clock) {
        this.decisions = decisions;
        this.workers = workers;
        this.log = log;
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /** What to send: a status and the body's JSON, an answer or a problem document. */
    record Answered(int status, byte[] body) {
    }

    /** Decides on a decision worker, never on the caller's thread; answers on the caller's (event-loop) context. */
    Future<Answered> decide(Decider decider, byte[] body) {
        return decide(decider, () -> decisions.decide(decider, body));
    }

    Future<Answered> decide(Decider decider, JsonNode body) {
        return decide(decider, () -> decisions.decide(decider, body));
    }

    private Future<Answered> decide(Decider decider, Supplier<Reply> decision) {
        Context caller = Vertx.currentContext();
        long started = System.nanoTime();
        return Future.fromCompletionStage(workers.run(decision), caller).transform(done -> done.succeeded()
                ? account(decider, done.result(), started, caller)
                : Future.succeededFuture(new Answered(unfinished(done.cause()).status(), bytes(unfinished(done.cause())))));
    }

    /** A decision that did not come back from its worker. */
    private static Problem unfinished(Throwable failure) {
        Throwable failed = failure instanceof CompletionException completion && completion.getCause() != null
                ? completion.getCause() : failure;
        if (failed instanceof DecisionWorkers.Abandoned abandoned) {
            return Problem.of(ProblemType.DECISION_BUDGET_EXCEEDED, abandoned.getMessage());
        }
        if (failed instanceof DecisionWorkers.Busy busy) {
            return Problem.of(ProblemType.UNAVAILABLE, busy.getMessage());
        }
        return ProblemMapper.of(failed);
    }

    /** Why decisions cannot be logged now, if they cannot: readiness says it. */
    Optional<String> logProblem() {
        return log.problem();
    }

    private Future<Answered> account(Decider decider, Reply reply, long started, Context caller) {
        if (reply.isProblem()) {
            return Future.succeededFuture(new Answered(reply.status(), bytes(reply.body())));
        }
        Answer answer = (Answer) reply.body();
        byte[] sent = bytes(answer);
        long nanos = System.nanoTime() - started;
        DecisionRecord record = new DecisionRecord(answer.decisionId(), clock.instant(), decider.path(),
                answer.tariff().rulebase(), answer.tariff().release(), nanos / 1_000, reply.request(), answer);
        CompletableFuture<Void> logged = log.append(record);
        if (logged.isDone()) { // queued, or refused at once: no hop through the writer's thread
            return Future.succeededFuture(answered(decider, answer, sent, nanos, failureOf(logged)));
        }
        return Future.fromCompletionStage(logged, caller)
                .transform(done -> Future.succeededFuture(answered(decider, answer, sent, nanos, done.cause())));
    }

    private Answered answered(Decider decider, Answer answer, byte[] sent, long nanos, Throwable notLogged) {
        if (notLogged != null) {
            LOG.atWarn().addKeyValue("decisionId", answer.decisionId()).addKeyValue("endpoint", decider.path())
                    .log("decision refused: {}", notLogged.getMessage());
            return new Answered(ProblemType.UNAVAILABLE.status(), bytes(Problem.of(ProblemType.UNAVAILABLE,
                    notLogged.getMessage() + "; retry shortly (no decision was made)")));
        }
        metrics.decided(decider.path(), answer.outcome(), nanos);
        if (LOG.isDebugEnabled()) {
            LOG.atDebug().addKeyValue("decisionId", answer.decisionId()).addKeyValue("endpoint", decider.path())
                    .addKeyValue("outcome", answer.outcome()).addKeyValue("rulebase", answer.tariff().rulebase())
                    .addKeyValue("micros", nanos / 1_000).log("decided");
        }
        return new Answered(200, sent);
    }

    private static Throwable failureOf(CompletableFuture<Void> done) {
        try {
            done.join();
            return null;
        } catch (CompletionException refused) {
            return refused.getCause();
        }
    }

    private byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer that cannot be written as JSON", e);
        }
    }
}
