package kitei.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.FooterKey;
import org.eclipse.jgit.revwalk.FooterLine;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The release history, a Git repository read and written through JGit: each release one commit on the
 * branch (author the publisher, message the note, trailers {@value #RULEBASE} and {@value #GATE}), whose
 * tree is the complete rule sources; the release serving here is the ref {@value #SERVING}.
 * Append-only: a commit's parent is always the branch head it was made on.
 */
public final class ReleaseStore implements AutoCloseable {

    public static final String DEFAULT_BRANCH = "main";
    public static final String SERVING = "refs/kitei/serving";
    public static final String RULEBASE = "Kitei-Rulebase";
    public static final String GATE = "Kitei-Gate";
    public static final String DIRECTORY = "releases.git";

    private static final FooterKey RULEBASE_KEY = new FooterKey(RULEBASE);
    private static final FooterKey GATE_KEY = new FooterKey(GATE);

    private final Repository repository;
    private final String branch;

    private ReleaseStore(Repository repository, String branch) {
        this.repository = repository;
        this.branch = branch;
    }

    /** The bare repository {@code <data>/releases.git}, created on first use. */
    public static ReleaseStore open(Path data, String branch) {
        Path gitDir = data.resolve(DIRECTORY);
        try {
            Repository repository = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setBare().build();
            if (!repository.getObjectDatabase().exists()) {
                repository.create(true);
            }
            return new ReleaseStore(repository, branch);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the release history " + gitDir, e);
        }
    }

    /** A history in memory only, lost when the process ends: for a service started without a data directory (tests). */
    public static ReleaseStore inMemory() {
        return new ReleaseStore(new InMemoryRepository(new DfsRepositoryDescription("releases")), DEFAULT_BRANCH);
    }

    public Repository repository() {
        return repository;
    }

    public String branch() {
        return Constants.R_HEADS + branch;
    }

    /** The newest release: the branch's head. */
    public Optional<ObjectId> head() {
        return resolveRef(branch());
    }

    public Optional<ObjectId> serving() {
        return resolveRef(SERVING);
    }

    private Optional<ObjectId> resolveRef(String ref) {
        try {
            return Optional.ofNullable(repository.resolve(ref));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ref, e);
        }
    }

    /** Commits a complete tree on top of the branch head and moves the branch to it; refuses if the head moved meanwhile. */
    public synchronized Release commit(Map<String, byte[]> tree, String author, String note, String rulebase, String gateSummary) {
        Optional<ObjectId> parent = head();
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(writeTree(inserter, tree));
            parent.ifPresent(commit::setParentId);
            PersonIdent person = new PersonIdent(author, author + "@kitei", Instant.now(), ZoneOffset.UTC);
            commit.setAuthor(person);
            commit.setCommitter(person);
            commit.setMessage(message(note, rulebase, gateSummary));
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            move(branch(), id, parent.orElse(ObjectId.zeroId()), "release: " + note);
            return release(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the release", e);
        }
    }

    private static ObjectId writeTree(ObjectInserter inserter, Map<String, byte[]> tree) throws IOException {
        DirCache index = DirCache.newInCore();
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, byte[]> file : tree.entrySet()) {
            DirCacheEntry entry = new DirCacheEntry(file.getKey());
            entry.setFileMode(FileMode.REGULAR_FILE);
            entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
            builder.add(entry);
        }
        builder.finish();
        return index.writeTree(inserter);
    }

    static String message(String note, String rulebase, String gateSummary) {
        String subject = note == null || note.isBlank() ? "(no note)" : note.strip();
        return subject + "\n\n" + RULEBASE + ": " + rulebase + "\n" + GATE + ": " + gateSummary + "\n";
    }

    /** Marks the release serving here (the ref {@value #SERVING}). */
    public synchronized void markServing(ObjectId commit) {
        try {
            RefUpdate update = repository.updateRef(SERVING);
            update.setNewObjectId(commit);
            update.setForceUpdate(true);
            update.disableRefLog();
            RefUpdate.Result result = update.update();
            if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE || result == RefUpdate.Result.REJECTED) {
                throw new IllegalStateException("cannot mark " + commit.name() + " as serving: " + result);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + commit.name() + " as serving", e);
        }
    }

    private void move(String ref, ObjectId to, ObjectId expected, String reason) throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setNewObjectId(to);
        update.setExpectedOldObjectId(expected);
        update.setRefLogMessage(reason, false);
        RefUpdate.Result result = update.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IllegalStateException("the branch " + ref + " moved while the release was recorded (" + result + ")");
        }
    }

    /** The complete tree of a release, path to bytes. */
    public Map<String, byte[]> read(ObjectId commit) {
        Map<String, byte[]> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                files.put(tree.getPathString(), repository.open(tree.getObjectId(0), Constants.OBJ_BLOB).getBytes());
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read release " + commit.name(), e);
        }
    }

    /** A release by its id (or any unambiguous prefix of its commit, or a full SHA), if it is a commit of this history. */
    public Optional<ObjectId> find(String id) {
        if (id == null || !id.matches("[0-9a-fA-F]{4,40}")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(repository.resolve(id + "^{commit}"));
        } catch (IOException | RuntimeException notFound) { // an ambiguous prefix too
            return Optional.empty();
        }
    }

    public Release release(ObjectId commit) {
        try (RevWalk walk = new RevWalk(repository)) {
            return release(walk.parseCommit(commit));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read release " + commit.name(), e);
        }
    }

    static Release release(RevCommit commit) {
        String rulebase = null;
        String gate = null;
        for (FooterLine footer : commit.getFooterLines()) {
            if (footer.matches(RULEBASE_KEY)) {
                rulebase = footer.getValue();
            } else if (footer.matches(GATE_KEY)) {
                gate = footer.getValue();
            }
        }
        PersonIdent author = commit.getAuthorIdent();
        return new Release(Release.idOf(commit.name()), commit.name(), rulebase, author.getName(),
                author.getWhenAsInstant(), commit.getShortMessage(), gate);
    }

    /** The branch's releases, newest first (first parents: the branch's own history). */
    public List<Release> log() {
        return log(Integer.MAX_VALUE);
    }

    public List<Release> log(int most) {
        List<Release> releases = new ArrayList<>();
        Optional<ObjectId> head = head();
        if (head.isEmpty()) {
            return releases;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(head.get());
            while (commit != null && releases.size() < most) {
                releases.add(release(commit));
                commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
            }
            return releases;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the release history", e);
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
