package kitei.http;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
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
import kitei.engine.DecisionBudget;
import kitei.coverage.TariffRoutes;
import kitei.reload.HotReload;
import kitei.reload.ReloadEvent;
import kitei.reload.Reloader;
import kitei.engine.RuleSources;
import kitei.engine.ServingRuleBase;
import kitei.metrics.Metrics;
import kitei.release.Release;
import kitei.release.ReleaseStore;
import kitei.release.ReleaseTree;
import kitei.release.Releases;
import kitei.release.FleetAdmin;
import kitei.release.FleetSync;
import kitei.release.Follower;
import kitei.release.SharedRemote;
import kitei.release.SharedRepository;
import kitei.workbench.Backend;
import kitei.workbench.Workbench;
import kitei.workbench.users.Users;

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
    private final Releases releases;
    private final Optional<FleetSync> fleet;

    private Service(Vertx vertx, ServiceVerticle verticle, Future<RuleBase> loaded, DecisionLog decisionLog, Metrics metrics,
                    DecisionWorkers workers, Releases releases, Optional<FleetSync> fleet) {
        this.fleet = fleet;
        this.releases = releases;
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

    /** A service whose release history lives in memory only (lost when it stops): tests and tools. */
    public static Future<Service> start(HttpConfig config, DecisionLogConfig logConfig, RuleSources sources, Clock clock) {
        return start(config, logConfig, sources, ReleaseStore.inMemory(), clock);
    }

    /**
     * A service serving the releases of {@code store}: the newest that passes its gate, or (with no
     * history yet) the first release seeded from {@code sources} and the scenarios beside them.
     */
    public static Future<Service> start(HttpConfig config, DecisionLogConfig logConfig, RuleSources sources, ReleaseStore store,
                                        Clock clock) {
        return start(config, logConfig, sources, store, Optional.empty(), clock);
    }

    /**
     * A service on {@code store} that, given a {@code shared} repository, follows its branch with the
     * rest of the fleet: fetched before the start and every interval, pushed to on each publication.
     */
    public static Future<Service> start(HttpConfig config, DecisionLogConfig logConfig, RuleSources sources, ReleaseStore store,
                                        Optional<SharedRepository> shared, Clock clock) {
        return start(config, logConfig, sources, store, shared, Users.none(), clock);
    }

    /** As above, with the workbench's users (none: the workbench serves viewers only). */
    public static Future<Service> start(HttpConfig config, DecisionLogConfig logConfig, RuleSources sources, ReleaseStore store,
                                        Optional<SharedRepository> shared, Users users, Clock clock) {
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
        Releases releases = new Releases(store, serving, Gate.confined(clock));
        HotReload hotReload = HotReload.of(serving, releases, sources, clock);
        Optional<FleetSync> fleet = shared.map(repository -> new FleetSync(new SharedRemote(store.repository(), repository),
                Follower.of(releases, release -> serving.current().ifPresent(ruleBase ->
                        metrics.ruleBaseLoaded(ruleBase, asking.describe(ruleBase).version(), release.id()))),
                metrics, clock));
        fleet.ifPresent(sync -> releases.shareWith(sync::share));
        List<Routes> features = List.of(OpenApiRoutes.fromClasspath(), hotReload.admin(Optional.ofNullable(decisionLog.file())), new FleetAdmin(fleet),
                new TariffRoutes(serving, asking, hotReload.root()),
                new Workbench(new Backend(users, decisions, serving, hotReload.reloader(), Optional.ofNullable(decisionLog.file()), json, clock)));
        metrics.decisionWorkers(workers);
        ServiceVerticle verticle = new ServiceVerticle(config, decisions, recorder, workers, serving, asking, metrics, json, features,
                hotReload.reloader()::draftState, () -> fleet.map(FleetSync::status));
        long started = System.nanoTime();
        hotReload.reloader().onEvent(event -> {
            if (event.accepted()) {
                serving.served().ifPresent(served -> metrics.ruleBaseLoaded(served.ruleBase(),
                        asking.describe(served.ruleBase()).version(), served.release()));
            } else if (event.outcome() == ReloadEvent.Outcome.REFUSED) {
                metrics.ruleBaseRefused();
            }
            hotReload.reloader().draft().ifPresent(draft -> metrics.draftRefused(draft.outcome() == ReloadEvent.Outcome.REFUSED));
        });
        Future<RuleBase> loaded = vertx.executeBlocking(() -> {
                    fleet.ifPresent(FleetSync::fetchBeforeStart);
                    return releases.start(seed(sources));
                }, false)
                .onSuccess(ruleBase -> {
                    String version = asking.describe(ruleBase).version();
                    String release = releases.serving().map(Release::id).orElse(null);
                    metrics.ruleBaseLoaded(ruleBase, version, release);
                    LOG.info("release {} (rule base {}, tariff text {}) serving: {} rules in {} ms", release, ruleBase.id(), version,
                            ruleBase.rules().size(), (System.nanoTime() - started) / 1_000_000);
                })
                .onSuccess(ruleBase -> vertx.deployVerticle(hotReload))
                .onSuccess(ruleBase -> fleet.ifPresent(sync -> sync.start(
                        releases.serving().map(release -> ObjectId.fromString(release.commit())).orElse(null))))
                .onFailure(failure -> {
                    serving.failedToLoad(failure.getMessage());
                    metrics.ruleBaseRefused();
                    LOG.error("the rule base could not be loaded: {}", failure.getMessage());
                });
        Service service = new Service(vertx, verticle, loaded, decisionLog, metrics, workers, releases, fleet);
        return vertx.deployVerticle(verticle).map(id -> {
            LOG.info("kitei listening on {}:{}", config.host(), verticle.port());
            return service;
        });
    }

    /** The sources as given, and the scenarios beside them when they came from a folder. */
    private static ReleaseTree seed(RuleSources sources) {
        ReleaseTree given = ReleaseTree.of(sources);
        Map<String, byte[]> files = new TreeMap<>(given.files());
        Reloader.rootOf(sources).map(ReleaseTree::fromDirectory).ifPresent(folder -> folder.files().forEach((path, bytes) -> {
            if (path.startsWith(ReleaseTree.SCENARIOS_DIR + "/")) {
                files.put(path, bytes);
            }
        }));
        return new ReleaseTree(sources.origin(), files);
    }

    /** Where this instance stands against the fleet's shared repository, if it follows one. */
    public Optional<FleetSync> fleet() {
        return fleet;
    }

    public Releases releases() {
        return releases;
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
            fleet.ifPresent(FleetSync::close);
            releases.close();
            decisionLog.close();
            metrics.close();
        });
    }
}
