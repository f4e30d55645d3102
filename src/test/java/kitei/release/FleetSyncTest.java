package kitei.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.metrics.Metrics;

/**
 * Two instances' release stores on one shared {@code file://} repository, each followed by a
 * recording follower that refuses any commit whose note says "broken".
 */
class FleetSyncTest {

    private static final Duration INTERVAL = Duration.ofMillis(100);
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) { // the syncs before the repositories they use
            open.get(i).close();
        }
    }

    @Test
    void aCommitPushedByADeveloperIsFollowedByEveryInstance() throws Exception {
        Repository shared = bare("shared.git");
        ObjectId first = commit(shared, "first release", "a");
        Instance a = instance("a", shared);
        Instance b = instance("b", shared);
        a.awaitFollowed(first);
        b.awaitFollowed(first);

        ObjectId developers = commit(shared, "a developer's change", "b");

        a.awaitFollowed(developers);
        b.awaitFollowed(developers);
        assertEquals(developers, a.local.resolve("refs/heads/main"), "the local branch is the shared head");
    }

    @Test
    void aReleasePushedThroughOneInstanceIsFollowedByTheOtherAndNotGatedAgainByItsPublisher() throws Exception {
        Repository shared = bare("shared.git");
        ObjectId first = commit(shared, "first release", "a");
        Instance a = instance("a", shared);
        Instance b = instance("b", shared);
        a.awaitFollowed(first);
        b.awaitFollowed(first);

        ObjectId published = commit(a.local, "published through a", "c");
        a.sync.push(published);

        b.awaitFollowed(published);
        assertEquals(published, shared.resolve("refs/heads/main"));
        a.sync.fetchNow("test").join();
        assertEquals(List.of(first), a.followed, "a published it, and activates it itself");
    }

    @Test
    void aHeadTheGateRefusesIsReportedOnceAndTheNextGoodHeadClearsIt() throws Exception {
        Repository shared = bare("shared.git");
        ObjectId first = commit(shared, "first release", "a");
        Instance a = instance("a", shared);
        a.awaitFollowed(first);

        ObjectId broken = commit(shared, "broken edit", "x");
        FleetStatus refused = a.awaitStatus(status -> status.refused() != null);
        assertEquals(broken.abbreviate(12).name(), refused.refused().head());
        assertEquals("the note says broken", refused.refused().reason());
        a.sync.fetchNow("again").join();
        assertTrue(a.metrics.scrape().contains("kitei_release_refused_total 1.0"), a.metrics.scrape());

        ObjectId fixed = commit(shared, "fixed edit", "y");
        a.awaitFollowed(fixed);
        assertNull(a.awaitStatus(status -> status.refused() == null).refused());
    }

    @Test
    void aPushOnASharedBranchThatMovedOnIsRefusedNamingTheHeadToBuildOn() throws Exception {
        Repository shared = bare("shared.git");
        ObjectId first = commit(shared, "first release", "a");
        Instance a = instance("a", shared, bare("a/releases.git"), null, false); // no fetch but the one asked for here
        a.sync.fetchNow("test").join();
        a.awaitFollowed(first);
        ObjectId developers = commit(shared, "a developer's change", "b");

        ObjectId stale = commit(a.local, "published on the old head", "c");
        SharedRemote.MovedOn moved = assertThrows(SharedRemote.MovedOn.class, () -> a.sync.push(stale));

        assertEquals("the shared repository moved on; publish again on top of release " + developers.abbreviate(12).name(),
                moved.getMessage());
        assertEquals(developers, shared.resolve("refs/heads/main"), "the shared history is untouched");
        assertEquals(developers, a.local.resolve("refs/heads/main"), "the local branch follows the shared one");
    }

    @Test
    void aReleaseThatCouldNotBePushedIsDroppedFromTheLocalBranch() throws Exception {
        Repository shared = bare("shared.git");
        ObjectId first = commit(shared, "first release", "a");
        Instance a = instance("a", shared, bare("a/releases.git"), null, false);
        a.sync.fetchNow("test").join();
        a.awaitFollowed(first);
        java.nio.file.Files.move(dir.resolve("shared.git"), dir.resolve("gone.git")); // the shared repository out of reach

        ObjectId unshared = commit(a.local, "published while the shared repository is out of reach", "c");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> a.sync.share(unshared));

        assertTrue(refused.getMessage().startsWith("cannot push to the shared repository "), refused.getMessage());
        assertEquals(first, a.local.resolve("refs/heads/main"), "a restart does not serve what the fleet never got");
    }

    @Test
    void anUnreachableRepositoryIsReportedAndCounted() throws Exception {
        Repository local = bare("a/releases.git");
        Metrics metrics = new Metrics();
        SharedRepository missing = new SharedRepository(dir.resolve("nowhere.git").toUri().toString(), "main", INTERVAL,
                RepositoryCredentials.none());
        FleetSync sync = new FleetSync(new SharedRemote(local, missing), (head, trigger) -> Follower.Followed.active(),
                metrics, Clock.systemUTC());
        open.add(sync);

        FleetStatus status = sync.fetchNow("webhook").join();

        assertEquals(FleetStatus.FAILED, status.lastFetch());
        assertTrue(status.lastFetchError().contains("nowhere.git"), status.lastFetchError());
        assertTrue(metrics.scrape().contains("kitei_release_fetch_total{result=\"failed\"} 1.0"), metrics.scrape());
    }

    @Test
    void anSshRepositoryIsReachedThroughTheSshTransport() throws Exception {
        Repository local = bare("a/releases.git");
        Metrics metrics = new Metrics();
        open.add(metrics::close);
        SharedRepository closedPort = new SharedRepository("ssh://git@127.0.0.1:1/rules.git", "main", INTERVAL,
                RepositoryCredentials.none());
        FleetSync sync = new FleetSync(new SharedRemote(local, closedPort), (head, trigger) -> Follower.Followed.active(),
                metrics, Clock.systemUTC());
        open.add(sync);

        FleetStatus status = sync.fetchNow("webhook").join();

        assertEquals(FleetStatus.FAILED, status.lastFetch());
        assertTrue(status.lastFetchError().contains("Connection refused"),
                "the ssh transport tried to connect: " + status.lastFetchError());
    }

    @Test
    void theFirstInstanceSeedsAnEmptySharedRepositoryWithItsReleases() throws Exception {
        Repository shared = bare("shared.git");
        Repository local = bare("a/releases.git");
        ObjectId seeded = commit(local, "first release", "a");
        Instance a = instance("a", shared, local, seeded, true);

        a.awaitStatus(status -> seeded.abbreviate(12).name().equals(status.sharedHead()));

        assertEquals(seeded, shared.resolve("refs/heads/main"));
        assertEquals(List.of(), a.followed, "its own release is not gated again");
    }

    @Test
    void credentialsComeFromTheEnvironmentOrAFileAndNeverShow() throws Exception {
        assertEquals(new RepositoryCredentials("token", "s3cret"),
                RepositoryCredentials.fromEnvironment(java.util.Map.of("KITEI_RULES_REPO_PASSWORD", "s3cret")));
        assertEquals(new RepositoryCredentials("ci", "s3cret"), RepositoryCredentials.fromEnvironment(
                java.util.Map.of("KITEI_RULES_REPO_USERNAME", "ci", "KITEI_RULES_REPO_PASSWORD", "s3cret")));
        assertEquals(RepositoryCredentials.none(), RepositoryCredentials.fromEnvironment(java.util.Map.of()));
        Path file = java.nio.file.Files.writeString(dir.resolve("credentials"), "analyst\ns3cret\n");
        RepositoryCredentials fromFile = RepositoryCredentials.fromFile(file);
        assertEquals(new RepositoryCredentials("analyst", "s3cret"), fromFile);
        assertEquals("RepositoryCredentials[analyst, password hidden]", fromFile.toString());
        assertEquals("https://git.example/rules.git", new SharedRepository("https://ci:s3cret@git.example/rules.git", "main",
                INTERVAL, RepositoryCredentials.none()).displayUrl().replace("ci@", ""));
    }

    private Instance instance(String name, Repository shared) throws IOException {
        return instance(name, shared, bare(name + "/releases.git"), null, true);
    }

    private Instance instance(String name, Repository shared, Repository local, ObjectId serving, boolean polling) {
        Metrics metrics = new Metrics();
        List<ObjectId> followed = new CopyOnWriteArrayList<>();
        Follower follower = (head, trigger) -> {
            String note = message(local, head);
            if (note.contains("broken")) {
                return Follower.Followed.refused("the note says broken");
            }
            followed.add(head);
            return Follower.Followed.active();
        };
        SharedRepository repository = new SharedRepository(shared.getDirectory().toURI().toString(), "main", INTERVAL,
                RepositoryCredentials.none());
        FleetSync sync = new FleetSync(new SharedRemote(local, repository), follower, metrics, Clock.systemUTC());
        open.add(sync);
        open.add(metrics::close);
        if (polling) {
            sync.start(serving);
        }
        return new Instance(local, sync, followed, metrics);
    }

    private record Instance(Repository local, FleetSync sync, List<ObjectId> followed, Metrics metrics) {

        void awaitFollowed(ObjectId head) throws InterruptedException {
            long deadline = System.nanoTime() + WITHIN.toNanos();
            while (!followed.contains(head)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(head.name() + " not followed within " + WITHIN + "; status " + sync.status());
                }
                Thread.sleep(20);
            }
        }

        FleetStatus awaitStatus(java.util.function.Predicate<FleetStatus> reached) throws InterruptedException {
            long deadline = System.nanoTime() + WITHIN.toNanos();
            while (!reached.test(sync.status())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("status not reached within " + WITHIN + ": " + sync.status());
                }
                Thread.sleep(20);
            }
            return sync.status();
        }
    }

    private Repository bare(String path) throws IOException {
        Repository repository = new FileRepositoryBuilder().setGitDir(dir.resolve(path).toFile()).setBare().build();
        repository.create(true);
        open.add(repository);
        return repository;
    }

    static ObjectId commit(Repository repository, String note, String content) throws IOException {
        return Commits.commit(repository, note, java.util.Map.of("rules/a.drl", content.getBytes(StandardCharsets.UTF_8)));
    }

    private static String message(Repository repository, ObjectId commit) {
        try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repository)) {
            return walk.parseCommit(commit).getFullMessage();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
