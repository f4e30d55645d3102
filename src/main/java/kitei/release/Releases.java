package kitei.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.jgit.lib.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kitei.check.Gate;
import kitei.check.Issue;
import kitei.check.Where;
import kitei.engine.BuildProblem;
import kitei.engine.CompiledRuleBases;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleBaseException;
import kitei.engine.ServingRuleBase;

/**
 * The life cycle of releases, one object owning it: gate a tree, record it as a release, activate it.
 * The service always serves a release; a tree the gate refuses never becomes one. One operation at a
 * time (every public method holds this object's lock), so two activations never interleave.
 * Gate results are kept by content, so activating already-gated content again (a rollback) takes milliseconds.
 */
public final class Releases implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Releases.class);
    private static final int GATED_KEPT = 8;

    private final ReleaseStore store;
    private final ServingRuleBase serving;
    private final Gate gate;
    private final Map<String, Gate.Result> gated = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Gate.Result> eldest) {
            return size() > GATED_KEPT;
        }
    };
    private final List<Consumer<ObjectId>> published = new CopyOnWriteArrayList<>();
    private final List<Skipped> skippedAtStart = new ArrayList<>();
    private volatile Release current;
    private volatile String currentContent;

    /** A release passed over at start because its gate refused it here. */
    public record Skipped(Release release, List<Issue> problems) {
    }

    /** What following a head came to: the release, and the gate's result (accepted or not). */
    public record Followed(Release release, Gate.Result result, boolean unchanged) {
        public boolean accepted() {
            return unchanged || result.accepted();
        }
    }

    public Releases(ReleaseStore store, ServingRuleBase serving, Gate gate) {
        this.store = store;
        this.serving = serving;
        this.gate = gate;
    }

    public ReleaseStore store() {
        return store;
    }

    /** Where a release made here goes before it serves: a fleet's shared repository (see FleetSync). */
    @FunctionalInterface
    public interface Sharing {
        /** Shares {@code release}; an exception refuses the publication, which then does not serve here. */
        void share(ObjectId release);
    }

    private volatile Sharing sharing = release -> { };

    public void shareWith(Sharing sharing) {
        this.sharing = sharing;
    }

    /** Called with each release made here (publication, rollback, the watcher), after it serves: a fleet pushes it. */
    public void onPublished(Consumer<ObjectId> listener) {
        published.add(listener);
    }

    /**
     * Starts serving: the newest release whose gate passes, walking back past refused ones (reported in
     * {@link #skippedAtStart()}); with no history yet, seeds the first release from {@code seed}.
     *
     * @throws RuleBaseException when nothing can serve (the seed refused, or every release refused)
     */
    public synchronized RuleBase start(ReleaseTree seed) {
        if (store.head().isEmpty()) {
            Gate.Result result = gateAtStart(seed);
            if (!result.accepted()) {
                throw refused(result.errors());
            }
            Release first = store.commit(seed.files(), "seed", "first release, from " + seed.origin(),
                    result.candidate().id(), summary(result));
            activate(first, seed, result);
            return result.candidate();
        }
        List<Issue> newestProblems = null;
        for (Release release : store.log()) {
            ReleaseTree tree = tree(release);
            Gate.Result result = gateAtStart(tree);
            if (result.accepted()) {
                activate(release, tree, result);
                return result.candidate();
            }
            LOG.warn("release {} refused by its gate here; trying the one before:\n  {}", release.id(),
                    String.join("\n  ", result.errors().stream().map(Issue::toString).toList()));
            skippedAtStart.add(new Skipped(release, result.errors()));
            newestProblems = newestProblems == null ? result.errors() : newestProblems;
        }
        throw refused(newestProblems);
    }

    /** The jar's own build gated its packed rule base; the rest goes through the gate. */
    private Gate.Result gateAtStart(ReleaseTree tree) {
        if (CompiledRuleBases.isPacked(tree.sources().contentHash())) {
            return new Gate.Result(new RuleBaseBuilder().build(tree.sources()), List.of(), List.of(), null, 0);
        }
        return gate(tree);
    }

    private static RuleBaseException refused(List<Issue> problems) {
        return new RuleBaseException(problems.stream()
                .map(issue -> new BuildProblem(issue.where().toString(), "", issue.message())).toList());
    }

    /** The gate's result for a tree, run once per content (kept for the last few contents). */
    public synchronized Gate.Result gate(ReleaseTree tree) {
        String content = tree.contentHash();
        Gate.Result known = gated.get(content);
        if (known != null) {
            return known;
        }
        Gate.Result result;
        try {
            result = gate.check(tree.sources(), tree.scenarios(), null);
        } catch (RuntimeException failed) {
            result = new Gate.Result(null, List.of(Issue.error(Where.file("(rule base)"),
                    "the candidate could not be checked: " + failed)), List.of(), null, 0);
        }
        gated.put(content, result);
        return result;
    }

    /** Records a gated tree as a new release and serves it. */
    public synchronized Release publish(ReleaseTree tree, Gate.Result result, String author, String note) {
        if (!result.accepted()) {
            throw new IllegalArgumentException("a tree the gate refused is never released");
        }
        Release release = store.commit(tree.files(), author, note, result.candidate().id(), summary(result));
        ObjectId commit = ObjectId.fromString(release.commit());
        sharing.share(commit);
        activate(release, tree, result);
        for (Consumer<ObjectId> listener : published) {
            try {
                listener.accept(commit);
            } catch (RuntimeException failed) {
                LOG.warn("a listener on published releases failed", failed);
            }
        }
        return release;
    }

    /**
     * Gates and activates a commit that arrived from elsewhere (a shared repository's head): served
     * if its gate passes here, else refused and the release serving keeps serving. Records nothing new.
     */
    public synchronized Followed follow(ObjectId head, String trigger) {
        Release release = store.release(head);
        if (current != null && current.commit().equals(head.name())) {
            return new Followed(release, null, true);
        }
        ReleaseTree tree = tree(release);
        Gate.Result result = gate(tree);
        if (result.accepted()) {
            activate(release, tree, result);
            LOG.info("release {} now serving ({})", release.id(), trigger);
        } else {
            LOG.warn("release {} refused here ({}); {} keeps serving", release.id(), trigger,
                    current == null ? "nothing" : current.id());
        }
        return new Followed(release, result, false);
    }

    private void activate(Release release, ReleaseTree tree, Gate.Result result) {
        serving.serve(result.candidate(), release.id());
        current = release;
        currentContent = tree.contentHash();
        store.markServing(ObjectId.fromString(release.commit()));
    }

    public Optional<Release> serving() {
        return Optional.ofNullable(current);
    }

    /** The content hash of the tree serving (scenarios included), to tell a draft that changed nothing. */
    public Optional<String> servingContent() {
        return Optional.ofNullable(currentContent);
    }

    public ReleaseTree servingTree() {
        Release release = current;
        if (release == null) {
            throw new IllegalStateException("no release serves yet");
        }
        return tree(release);
    }

    public ReleaseTree tree(Release release) {
        return new ReleaseTree("release " + release.id(), store.read(ObjectId.fromString(release.commit())));
    }

    public synchronized List<Skipped> skippedAtStart() {
        return List.copyOf(skippedAtStart);
    }

    static String summary(Gate.Result result) {
        return "passed, " + result.scenarios().size() + " scenarios, " + result.warnings().size() + " warnings";
    }

    @Override
    public void close() {
        store.close();
    }
}
