package kitei.http;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import kitei.decision.Asking;
import kitei.decision.Deciders;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decisionlog.DecisionLog;
import kitei.decisionlog.DecisionLogConfig;
import kitei.engine.RuleBase;
import kitei.check.Gate;
import kitei.check.ScenarioBook;
import kitei.engine.BuildProblem;
import kitei.engine.CompiledRuleBases;
import kitei.engine.DecisionBudget;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleBaseException;
import kitei.coverage.TariffRoutes;
import kitei.reload.HotReload;
import kitei.reload.ReloadEvent;
import kitei.reload.Reloader;
import kitei.engine.RuleSources;
import kitei.engine.ServingRuleBase;
import kitei.metrics.Metrics;
import kitei.release.FleetAdmin;

/**
 * A running kitei: the HTTP server listens at once and answers 503 until the rule base, built on a
 * worker thread, is loaded; then {@code /health/ready} answers 200. Stopping closes the server
 * (decisions run to their end on the event loop) and then flushes the decision log.
 */
public final class Service {

    private static final Logger LOG = LoggerFactory.getLogger(Service.class);

    private final Vertx vertx;
    private final ServiceVerticle verticle;
    private final Future<RuleBase> loaded;
    private final DecisionLog decisionLog;
    private final Metrics metrics;
    private final DecisionWorkers workers;

    private Service(Vertx vertx, ServiceVerticle verticle, Future<RuleBase> loaded, DecisionLog decisionLog, Metrics metrics,
                    DecisionWorkers workers) {
        this.workers = workers;
        this.vertx = vertx;
        this.verticle = verticle;
        this.loaded = loaded;
        this.decisionLog = decisionLog;
        this.metrics = metrics;
    }

    public static Future<Service> start(HttpConfig config, RuleSources sources, Clock clock) {
        return start(config, DecisionLogConfig.off(), sources, clock);
    }

    public static Future<Service> start(HttpConfig config, DecisionLogConfig logConfig, RuleSources sources, Clock clock) {
        ObjectMapper json = Json.mapper(config.maxNestingDepth());
        DecisionLog decisionLog = DecisionLog.open(logConfig, json); // first: a log that cannot be opened stops the start
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(config.eventLoops()));
        ServingRuleBase serving = new ServingRuleBase();
        Asking asking = new Asking(clock);
        Metrics metrics = new Metrics();
        metrics.decisionLog(decisionLog);
        DecisionService decisions = new DecisionService(serving::require, asking, json, Deciders.all());
        DecisionWorkers workers = new DecisionWorkers(Math.max(2, 2 * config.eventLoops()), DecisionBudget.standard().wallClock());
        DecisionRecorder recorder = new DecisionRecorder(decisions, workers, decisionLog, metrics, json, clock);
        HotReload hotReload = HotReload.of(serving, sources, clock);
        List<Routes> features = List.of(OpenApiRoutes.fromClasspath(), hotReload.admin(), new FleetAdmin(Optional.empty()),
                new TariffRoutes(serving, asking, hotReload.root()));
        metrics.decisionWorkerGauges(workers, DecisionWorkers::abandonedCount, DecisionWorkers::stuckCount);
        ServiceVerticle verticle = new ServiceVerticle(config, decisions, recorder, workers, serving, asking, metrics, json, features);
        long started = System.nanoTime();
        hotReload.reloader().onEvent(event -> {
            if (event.accepted()) {
                serving.current().ifPresent(ruleBase -> metrics.ruleBaseLoaded(ruleBase, asking.describe(ruleBase).version()));
            } else if (event.outcome() == ReloadEvent.Outcome.REFUSED) {
                metrics.ruleBaseRefused();
            }
        });
        Future<RuleBase> loaded = vertx.executeBlocking(() -> firstRuleBase(sources, clock), false)
                .onSuccess(ruleBase -> {
                    String version = asking.describe(ruleBase).version();
                    serving.serve(ruleBase);
                    metrics.ruleBaseLoaded(ruleBase, version);
                    LOG.info("rule base {} (tariff text {}) loaded from {}: {} rules in {} ms", ruleBase.id(), version,
                            sources.origin(), ruleBase.rules().size(), (System.nanoTime() - started) / 1_000_000);
                })
                .onSuccess(ruleBase -> vertx.deployVerticle(hotReload))
                .onFailure(failure -> {
                    serving.failedToLoad(failure.getMessage());
                    metrics.ruleBaseRefused();
                    LOG.error("the rule base could not be loaded: {}", failure.getMessage());
                });
        Service service = new Service(vertx, verticle, loaded, decisionLog, metrics, workers);
        return vertx.deployVerticle(verticle).map(id -> {
            LOG.info("kitei listening on {}:{}", config.host(), verticle.port());
            return service;
        });
    }

    /**
     * The rule base to start on, through the same gate as every later activation; the one compiled
     * by this jar's own build passed that gate then, and is loaded as it is.
     */
    private static RuleBase firstRuleBase(RuleSources sources, Clock clock) {
        if (CompiledRuleBases.isPacked(sources.contentHash())) {
            return new RuleBaseBuilder().build(sources);
        }
        ScenarioBook.Read scenarios = Reloader.rootOf(sources).map(ScenarioBook::fromDirectory).orElse(ScenarioBook.Read.none());
        Gate.Result gated = Gate.confined(clock).check(sources, scenarios, null);
        if (!gated.accepted()) {
            throw new RuleBaseException(gated.errors().stream()
                    .map(issue -> new BuildProblem(issue.where().toString(), "", issue.message())).toList());
        }
        return gated.candidate();
    }

    public int port() {
        return verticle.port();
    }

    /** Completes when the rule base is loaded, or fails with the reason it could not be. */
    public Future<RuleBase> loaded() {
        return loaded;
    }

    public Future<Void> stop() {
        return vertx.close().onComplete(closed -> {
            workers.close();
            decisionLog.close();
            metrics.close();
        });
    }
}
