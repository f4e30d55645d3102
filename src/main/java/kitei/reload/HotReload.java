package kitei.reload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import kitei.engine.RuleSources;
import kitei.engine.ServingRuleBase;
import kitei.http.Routes;
import kitei.release.Publications;
import kitei.release.ReleaseAdmin;
import kitei.release.ReleaseTree;
import kitei.release.Releases;

/**
 * Hot reload as one deployable piece: the reloader, its admin routes, and (when the rules come from a
 * directory) a watcher on {@code rules/}, {@code decision-tables/} and {@code scenarios/}. Deployed once the first rule base
 * serves; undeploying (closing Vert.x) stops the watcher and the reload thread.
 */
public final class HotReload extends VerticleBase {

    public static final Duration DEBOUNCE = Duration.ofMillis(Long.getLong("kitei.reload.debounceMillis", 500));
    static final Duration WATCH_CHECK = Duration.ofMillis(Long.getLong("kitei.reload.watchCheckMillis", 5_000));
    private static final Logger LOG = LoggerFactory.getLogger(HotReload.class);

    private final Reloader reloader;
    private final ServingRuleBase serving;
    private final Publications publications;
    private final Clock clock;
    private DirectoryWatcher watcher;
    private boolean closing;
    private final AtomicLong restarts = new AtomicLong();

    private HotReload(Reloader reloader, ServingRuleBase serving, Clock clock) {
        this.reloader = reloader;
        this.serving = serving;
        this.publications = new Publications(clock);
        this.clock = clock;
    }

    public static HotReload of(ServingRuleBase serving, Releases releases, RuleSources sources, Clock clock) {
        Path root = Reloader.rootOf(sources).orElse(null);
        return new HotReload(new Reloader(serving, releases, root, clock), serving, clock);
    }

    public Reloader reloader() {
        return reloader;
    }

    public Path root() {
        return reloader.root().orElse(null);
    }

    /** The admin routes: the rule base's state, and the releases with their publications (a diff replays {@code decisionLog}). */
    public Routes admin(Optional<Path> decisionLog) {
        RuleBaseAdmin ruleBase = new RuleBaseAdmin(reloader, serving, this::watcherState);
        ReleaseAdmin releases = new ReleaseAdmin(reloader, publications, decisionLog, clock);
        return (router, vertx) -> {
            ruleBase.mount(router, vertx);
            releases.mount(router, vertx);
        };
    }

    @Override
    public Future<?> start() {
        serving.current().ifPresent(reloader::started);
        Path root = root();
        if (root == null) {
            return Future.succeededFuture();
        }
        return vertx.executeBlocking(() -> {
            watcher = watch(root);
            // The folder is the draft: an edit made while the service was down is checked now, as a save would be.
            reloader.reloadFromDisk("draft at start");
            vertx.setPeriodic(WATCH_CHECK.toMillis(), tick -> vertx.executeBlocking(() -> {
                reviveWatcher(root);
                return null;
            }, false));
            return watcher;
        }, false).recover(failed -> Future.failedFuture(new IOException("cannot watch " + root + " for edits", failed)));
    }

    private DirectoryWatcher watch(Path root) throws IOException {
        return DirectoryWatcher.start(List.of(root.resolve(RuleSources.RULES_DIR), root.resolve(RuleSources.TABLES_DIR),
                root.resolve(ReleaseTree.SCENARIOS_DIR)), DEBOUNCE, () -> reloader.reloadFromDisk("edit on disk"));
    }

    /** A watcher that stopped is replaced, and the folder checked at once for the saves it may have missed. */
    private synchronized void reviveWatcher(Path root) {
        Optional<String> stopped = watcher.stopped();
        if (stopped.isEmpty() || closing) {
            return;
        }
        LOG.warn("the folder watcher had stopped ({}); watching again", stopped.get());
        watcher.close();
        try {
            watcher = watch(root);
            restarts.incrementAndGet();
            reloader.reloadFromDisk("watcher restarted");
        } catch (IOException e) {
            LOG.error("cannot watch {} again; trying at the next check", root, e);
        }
    }

    /** The watcher's real state, for /admin/rulebase: WATCHING, STOPPED (why; it is being revived) or OFF (no folder). */
    public synchronized Map<String, Object> watcherState() {
        Map<String, Object> state = new LinkedHashMap<>();
        if (watcher == null) {
            state.put("state", "OFF");
        } else {
            Optional<String> stopped = watcher.stopped();
            state.put("state", stopped.isEmpty() ? "WATCHING" : "STOPPED");
            stopped.ifPresent(reason -> state.put("detail", reason));
        }
        state.put("restarts", restarts.get());
        return state;
    }

    @Override
    public synchronized Future<?> stop() {
        closing = true;
        if (watcher != null) {
            watcher.close();
        }
        reloader.close();
        return Future.succeededFuture();
    }
}
