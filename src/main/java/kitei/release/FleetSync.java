package kitei.release;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kitei.metrics.Metrics;

/**
 * Keeps one instance on the shared repository's head: fetch on an interval and on demand (the
 * webhook), hand a new head to the {@link Follower} (which gates and activates it), and push the
 * releases published here before they are activated. Fetches, follows and pushes run one at a time
 * on one thread, so a publication never interleaves with a fetch. A failing fetch is reported and
 * retried at the next interval; serving goes on.
 */
public final class FleetSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetSync.class);

    private final SharedRemote remote;
    private final Follower follower;
    private final Metrics metrics;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread named = new Thread(runnable, "kitei-fleet-sync");
        named.setDaemon(true);
        return named;
    });

    /** The last head handed to the follower (or published here): not handed again. */
    private volatile ObjectId followed;
    private volatile FleetStatus status;

    public FleetSync(SharedRemote remote, Follower follower, Metrics metrics, Clock clock) {
        this.remote = remote;
        this.follower = follower;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.clock = clock;
        SharedRepository shared = remote.shared();
        this.status = new FleetStatus(shared.displayUrl(), shared.branch(), null, null, null, null, null);
    }

    /**
     * Before the service starts: fetch once, so that it starts on the shared head rather than on an
     * older release of its own. A failure is reported, and the start goes on with what is here.
     */
    public void fetchBeforeStart() {
        try {
            remote.fetch().ifPresentOrElse(head -> fetched(FleetStatus.FETCHED, head, null),
                    () -> fetched(FleetStatus.UNCHANGED, null, null));
        } catch (Exception | LinkageError e) {
            fetched(FleetStatus.FAILED, null, String.valueOf(e.getMessage()));
            LOG.warn("cannot fetch {} from {} before starting: {}; starting on the releases here", remote.shared().branch(),
                    remote.shared().displayUrl(), e.getMessage());
        }
    }

    /**
     * Fetches now, then every interval. {@code serving}: the release this instance serves (null if
     * none), not gated again when it is the shared head.
     */
    public void start(ObjectId serving) {
        followed = serving;
        long interval = remote.shared().fetchInterval().toMillis();
        thread.scheduleWithFixedDelay(() -> sync("interval"), 0, interval, TimeUnit.MILLISECONDS);
    }

    /** Fetches now (the webhook): completes, after any head fetched has been followed, with the status then. */
    public CompletableFuture<FleetStatus> fetchNow(String trigger) {
        return CompletableFuture.supplyAsync(() -> {
            sync(trigger);
            return status;
        }, thread);
    }

    /**
     * Pushes a release made here onto the shared branch, before it is activated here; the fleet then
     * follows it. Runs on the caller's thread (the publication's, which holds the life cycle's lock,
     * which the sync thread takes to follow a head: run there, the two would wait for each other);
     * the shared remote itself does one fetch or push at a time.
     *
     * @throws SharedRemote.MovedOn when the shared branch moved on: publish again on top of its head
     */
    public void push(ObjectId release) throws SharedRemote.MovedOn {
        try {
            remote.push(release);
        } catch (SharedRemote.MovedOn moved) {
            throw moved;
        } catch (Exception e) {
            throw new IllegalStateException("cannot push to the shared repository " + remote.shared().displayUrl()
                    + ": " + e.getMessage(), e);
        }
        followed = release;
        update(was -> new FleetStatus(was.repository(), was.branch(), release.abbreviate(12).name(), was.lastFetchAt(),
                was.lastFetch(), was.lastFetchError(), null));
    }

    /** For {@link Releases#shareWith}: a push refused because the shared branch moved on refuses the publication, in plain words. */
    public void share(ObjectId release) {
        try {
            push(release);
        } catch (SharedRemote.MovedOn moved) {
            throw new IllegalStateException(moved.getMessage(), moved);
        }
    }

    public FleetStatus status() {
        return status;
    }

    private void sync(String trigger) {
        Optional<ObjectId> head;
        try {
            head = remote.fetch();
        } catch (Exception | LinkageError e) {
            fetched(FleetStatus.FAILED, null, String.valueOf(e.getMessage()));
            LOG.warn("cannot fetch {} from {}: {}; serving goes on", remote.shared().branch(), remote.shared().displayUrl(),
                    e.getMessage());
            return;
        }
        if (head.isEmpty()) {
            seed();
            return;
        }
        if (head.get().equals(followed)) {
            fetched(FleetStatus.UNCHANGED, head.get(), null);
            return;
        }
        fetched(FleetStatus.FETCHED, head.get(), null);
        follow(head.get(), trigger);
    }

    private void follow(ObjectId head, String trigger) {
        String id = head.abbreviate(12).name();
        Follower.Followed outcome;
        try {
            outcome = follower.follow(head, trigger + " (" + remote.shared().displayUrl() + ")");
            followed = head;
        } catch (RuntimeException e) {
            // Not this head's fault (the gate could not run): tried again at the next fetch.
            outcome = Follower.Followed.refused("could not be checked: " + e.getMessage());
        }
        if (outcome.serving()) {
            LOG.info("serving release {} of {}", id, remote.shared().displayUrl());
            update(was -> withRefused(was, null));
        } else {
            metrics.releaseRefused();
            LOG.warn("refused release {} of {}: {}; the release before it keeps serving", id, remote.shared().displayUrl(),
                    outcome.reason());
            FleetStatus.Refused refused = new FleetStatus.Refused(id, outcome.reason(), clock.instant());
            update(was -> withRefused(was, refused));
        }
    }

    /** An empty shared repository receives this instance's releases: the fleet's first instance seeds it. */
    private void seed() {
        try {
            ObjectId local = remote.localHead().orElse(null);
            if (local != null) {
                remote.push(local);
                followed = local;
                LOG.info("seeded {} with release {}", remote.shared().displayUrl(), local.abbreviate(12).name());
            }
            fetched(FleetStatus.UNCHANGED, local, null);
        } catch (Exception e) {
            fetched(FleetStatus.FAILED, null, "cannot seed the empty shared repository: " + e.getMessage());
        }
    }

    private void fetched(String result, ObjectId head, String error) {
        metrics.releaseFetched(result);
        update(was -> new FleetStatus(was.repository(), was.branch(), head == null ? was.sharedHead() : head.abbreviate(12).name(),
                clock.instant(), result, error, was.refused()));
    }

    /** The status is written by the sync thread and by publications. */
    private synchronized void update(java.util.function.UnaryOperator<FleetStatus> change) {
        status = change.apply(status);
    }

    private static FleetStatus withRefused(FleetStatus was, FleetStatus.Refused refused) {
        return new FleetStatus(was.repository(), was.branch(), was.sharedHead(), was.lastFetchAt(), was.lastFetch(),
                was.lastFetchError(), refused);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
