package kitei.release;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * The local release store's link to the shared repository: fetch its branch, push a release onto it.
 * The shared branch is the truth: after a fetch the local branch is moved to the shared head, even
 * backwards (a release made here while the shared repository moved on is dropped here, as a push
 * of it would have been rejected).
 */
public final class SharedRemote {

    /** Seconds a fetch or push may wait on the network before it fails. */
    private static final int NETWORK_TIMEOUT_SECONDS = 30;

    private final Repository local;
    private final SharedRepository shared;

    public SharedRemote(Repository local, SharedRepository shared) {
        this.local = local;
        this.shared = shared;
    }

    public SharedRepository shared() {
        return shared;
    }

    /**
     * Fetches the shared branch and moves the local branch to it; empty when the shared repository has
     * no such branch yet.
     */
    public synchronized Optional<ObjectId> fetch() throws GitAPIException, IOException {
        Git.wrap(local).fetch()
                .setRemote(shared.url())
                // Every branch, so that an empty shared repository (or one without this branch yet) is no error.
                .setRefSpecs(new RefSpec("+refs/heads/*:refs/remotes/shared/*"))
                .setRemoveDeletedRefs(true)
                .setCredentialsProvider(shared.credentials().provider())
                .setTimeout(NETWORK_TIMEOUT_SECONDS)
                .call();
        Ref tracking = local.exactRef(shared.trackingRef());
        if (tracking == null) {
            return Optional.empty();
        }
        moveLocalBranch(tracking.getObjectId());
        return Optional.of(tracking.getObjectId());
    }

    /**
     * Pushes {@code commit} onto the shared branch, as a fast-forward only; then the local branch is
     * moved to it.
     *
     * @throws MovedOn when the shared branch has commits that {@code commit} does not build on
     */
    public synchronized void push(ObjectId commit) throws MovedOn, GitAPIException, IOException {
        RemoteRefUpdate.Status status;
        String message;
        try {
            RemoteRefUpdate update = pushed(commit);
            status = update.getStatus();
            message = update.getMessage();
        } catch (GitAPIException | RuntimeException unreachable) {
            dropUnshared();
            throw unreachable;
        }
        switch (status) {
            case OK, UP_TO_DATE -> { }
            case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                ObjectId head = fetch().orElse(null);
                throw new MovedOn(head);
            }
            default -> {
                dropUnshared();
                throw new IOException("the shared repository " + shared.displayUrl() + " refused the push of "
                        + commit.abbreviate(12).name() + ": " + status + (message == null ? "" : " (" + message + ")"));
            }
        }
        moveRef(shared.trackingRef(), commit);
        moveLocalBranch(commit);
    }

    private RemoteRefUpdate pushed(ObjectId commit) throws GitAPIException {
        Iterable<PushResult> results = Git.wrap(local).push()
                .setRemote(shared.url())
                .setRefSpecs(new RefSpec(commit.name() + ":" + shared.branchRef()))
                .setCredentialsProvider(shared.credentials().provider())
                .setTimeout(NETWORK_TIMEOUT_SECONDS)
                .call();
        return results.iterator().next().getRemoteUpdate(shared.branchRef());
    }

    /**
     * A release that could not be pushed is not the fleet's: the local branch goes back to the shared
     * head last fetched, so that a restart does not serve it either.
     */
    private void dropUnshared() throws IOException {
        Ref tracking = local.exactRef(shared.trackingRef());
        if (tracking != null) {
            moveLocalBranch(tracking.getObjectId());
        }
    }

    /** The local branch's head: the newest release made or followed here. */
    public Optional<ObjectId> localHead() throws IOException {
        return Optional.ofNullable(local.exactRef(shared.branchRef())).map(Ref::getObjectId);
    }

    private void moveLocalBranch(ObjectId head) throws IOException {
        moveRef(shared.branchRef(), head);
    }

    private void moveRef(String name, ObjectId head) throws IOException {
        RefUpdate update = local.updateRef(name);
        update.setNewObjectId(head);
        update.setForceUpdate(true);
        update.setRefLogMessage("kitei: follow " + shared.displayUrl(), false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> { }
            default -> throw new IOException("cannot move " + name + " to " + head.name() + ": " + result);
        }
    }

    /** A push refused because the shared branch moved on: the publication must be made again on top of {@link #head}. */
    public static final class MovedOn extends Exception {

        private final transient ObjectId head;

        MovedOn(ObjectId head) {
            super("the shared repository moved on; publish again on top of release "
                    + (head == null ? "(none)" : head.abbreviate(12).name()));
            this.head = head;
        }

        public ObjectId head() {
            return head;
        }
    }
}
