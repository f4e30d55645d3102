package kitei.http;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import kitei.decision.Asking;
import kitei.decision.Deciders;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;
import kitei.engine.ServingRuleBase;

/**
 * A running kitei: the HTTP server listens at once and answers 503 until the rule base, built on a
 * worker thread, is loaded; then {@code /health/ready} answers 200.
 */
public final class Service {

    private static final Logger LOG = LoggerFactory.getLogger(Service.class);

    private final Vertx vertx;
    private final ServiceVerticle verticle;
    private final Future<RuleBase> loaded;

    private Service(Vertx vertx, ServiceVerticle verticle, Future<RuleBase> loaded) {
        this.vertx = vertx;
        this.verticle = verticle;
        this.loaded = loaded;
    }

    public static Future<Service> start(HttpConfig config, RuleSources sources, Clock clock) {
        Vertx vertx = Vertx.vertx();
        ServingRuleBase serving = new ServingRuleBase();
        DecisionService decisions = new DecisionService(serving::require, new Asking(clock), Json.MAPPER, Deciders.all());
        List<Routes> features = List.of();
        ServiceVerticle verticle = new ServiceVerticle(config, decisions, serving, Json.MAPPER, features);
        long started = System.nanoTime();
        Future<RuleBase> loaded = vertx.executeBlocking(() -> new RuleBaseBuilder().build(sources), false)
                .onSuccess(ruleBase -> {
                    serving.serve(ruleBase);
                    LOG.info("rule base {} loaded from {}: {} rules in {} ms", ruleBase.id(), sources.origin(),
                            ruleBase.rules().size(), (System.nanoTime() - started) / 1_000_000);
                })
                .onFailure(failure -> LOG.error("the rule base could not be loaded: {}", failure.getMessage()));
        Service service = new Service(vertx, verticle, loaded);
        return vertx.deployVerticle(verticle).map(id -> {
            LOG.info("kitei listening on {}:{}", config.host(), verticle.port());
            return service;
        });
    }

    public int port() {
        return verticle.port();
    }

    /** Completes when the rule base is loaded, or fails with the reason it could not be. */
    public Future<RuleBase> loaded() {
        return loaded;
    }

    public Future<Void> stop() {
        return vertx.close();
    }
}
