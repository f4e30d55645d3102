package kitei.reload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import kitei.engine.RuleSources;
import kitei.engine.ServingRuleBase;
import kitei.http.Routes;
import kitei.release.ReleaseTree;
import kitei.release.Releases;

/**
 * Hot reload as one deployable piece: the reloader, its admin routes, and (when the rules come from a
 * directory) a watcher on {@code rules/}, {@code decision-tables/} and {@code scenarios/}. Deployed once the first rule base
 * serves; undeploying (closing Vert.x) stops the watcher and the reload thread.
 */
public final class HotReload extends VerticleBase {

    public static final Duration DEBOUNCE = Duration.ofMillis(Long.getLong("kitei.reload.debounceMillis", 500));

    private final Reloader reloader;
    private final ServingRuleBase serving;
    private DirectoryWatcher watcher;

    private HotReload(Reloader reloader, ServingRuleBase serving) {
        this.reloader = reloader;
        this.serving = serving;
    }

    public static HotReload of(ServingRuleBase serving, Releases releases, RuleSources sources, Clock clock) {
        Path root = Reloader.rootOf(sources).orElse(null);
        return new HotReload(new Reloader(serving, releases, root, clock), serving);
    }

    public Reloader reloader() {
        return reloader;
    }

    public Path root() {
        return reloader.root().orElse(null);
    }

    public Routes admin() {
        return new RuleBaseAdmin(reloader, serving);
    }

    @Override
    public Future<?> start() {
        serving.current().ifPresent(reloader::started);
        Path root = root();
        if (root == null) {
            return Future.succeededFuture();
        }
        return vertx.executeBlocking(() -> {
            watcher = DirectoryWatcher.start(List.of(root.resolve(RuleSources.RULES_DIR), root.resolve(RuleSources.TABLES_DIR), root.resolve(ReleaseTree.SCENARIOS_DIR)),
                    DEBOUNCE, () -> reloader.reloadFromDisk("edit on disk"));
            // The folder is the draft: an edit made while the service was down is checked now, as a save would be.
            reloader.reloadFromDisk("draft at start");
            return watcher;
        }, false).recover(failed -> Future.failedFuture(new IOException("cannot watch " + root + " for edits", failed)));
    }

    @Override
    public Future<?> stop() {
        if (watcher != null) {
            watcher.close();
        }
        reloader.close();
        return Future.succeededFuture();
    }
}
