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

    private final Reloader reloader;
    private final ServingRuleBase serving;
    private final Publications publications;
    private DirectoryWatcher watcher;

    private HotReload(Reloader reloader, ServingRuleBase serving, Clock clock) {
        this.reloader = reloader;
        this.serving = serving;
        this.publications = new Publications(clock);
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

    /** The admin routes: the rule base's state, and the releases with their publications. */
    public Routes admin() {
        RuleBaseAdmin ruleBase = new RuleBaseAdmin(reloader, serving);
        ReleaseAdmin releases = new ReleaseAdmin(reloader, publications);
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
