package kitei.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kitei.check.Gate;
import kitei.check.Issue;
import kitei.check.Where;
import kitei.engine.RuleBase;
import kitei.engine.RuleSources;
import kitei.engine.ServingRuleBase;
import kitei.release.Release;
import kitei.release.ReleaseStore;
import kitei.release.ReleaseTree;
import kitei.release.Releases;

/**
 * Replaces the serving rule base with a candidate that passed the {@link Gate}, or refuses it and
 * keeps the one serving. Candidates are built one at a time on a thread of their own, never on the
 * event loop; the swap is one atomic reference set, so a decision finishes on the rule base it began with.
 */
public final class Reloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Reloader.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.xlsx");

    private final ServingRuleBase serving;
    private final Releases releases;
    private final Path root;
    private final Clock clock;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kitei-reload");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Consumer<ReloadEvent>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<ReloadEvent> last = new AtomicReference<>();
    private final AtomicReference<ReloadEvent> lastRefusal = new AtomicReference<>();
    private final AtomicReference<ReloadEvent> draft = new AtomicReference<>();
    private final AtomicReference<Instant> servingSince = new AtomicReference<>();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();

    /**
     * @param root the directory holding rules/, decision-tables/ and scenarios/ (the draft), or null when the
     *             rules came from the jar (then uploads live in the release history only and there is no draft)
     */
    public Reloader(ServingRuleBase serving, Releases releases, Path root, Clock clock) {
        this.serving = serving;
        this.releases = releases;
        this.root = root;
        this.clock = clock;
    }

    /** A reloader with a history in memory only (tools and tests of the reloader itself). */
    public Reloader(ServingRuleBase serving, Gate gate, Path root, Clock clock) {
        this(serving, new Releases(ReleaseStore.inMemory(), serving, gate), root, clock);
    }

    public Releases releases() {
        return releases;
    }

    /** The directory of the sources when they came from one, else empty. */
    public static Optional<Path> rootOf(RuleSources sources) {
        if (sources.origin().equals("packaged") || !Files.isDirectory(Path.of(sources.origin()))) {
            return Optional.empty();
        }
        return Optional.of(Path.of(sources.origin()));
    }

    public Optional<Path> root() {
        return Optional.ofNullable(root);
    }

    /** Listeners hear every attempt (metrics, logs); they run on the reload thread and must be quick. */
    public void onEvent(Consumer<ReloadEvent> listener) {
        listeners.add(listener);
    }

    /** Rebuilds from the directory's rules and tables as they are now. */
    public CompletableFuture<ReloadEvent> reloadFromDisk(String trigger) {
        return reloadFromDisk(trigger, () -> { });
    }

    /** The folder's content (the draft) as it is now, gated and, if it passes, released; {@code onStart} runs when its turn comes. */
    public CompletableFuture<ReloadEvent> reloadFromDisk(String trigger, Runnable onStart) {
        if (root == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the rules came from the jar; there is no directory to reload from"));
        }
        return queue(onStart, () -> attempt(trigger, "watcher", trigger, () -> ReleaseTree.fromDirectory(root), null));
    }

    /** Puts an uploaded workbook in place of (or beside) the serving ones; written to disk only once accepted. */
    public CompletableFuture<ReloadEvent> upload(String fileName, byte[] bytes) {
        if (!TABLE_NAME.matcher(fileName).matches()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "a decision table is uploaded as <name>.xlsx (letters, digits, '.', '_', '-'), not " + fileName));
        }
        String path = RuleSources.TABLES_DIR + "/" + fileName;
        return publish(Map.of(path, bytes), "admin", "upload " + path, "upload " + path, () -> { });
    }

    /**
     * Files put in place of (or beside) those of the release serving, gated and, if they pass, released
     * and written into the draft folder (so that the folder, and a restart, agree with what serves).
     */
    public CompletableFuture<ReloadEvent> publish(Map<String, byte[]> changes, String author, String note, String trigger,
                                                  Runnable onStart) {
        return queue(onStart, () -> attempt(trigger, author, note, () -> {
            ReleaseTree tree = base();
            for (Map.Entry<String, byte[]> change : changes.entrySet()) {
                tree = tree.with(change.getKey(), change.getValue());
            }
            return tree;
        }, accepted -> writeDraft(accepted, changes.keySet(), false)));
    }

    /** A new release with the content of an earlier one (the history stays append-only). */
    public CompletableFuture<ReloadEvent> restore(Release earlier, String author, String note, Runnable onStart) {
        return queue(onStart, () -> attempt("roll back to " + earlier.id(), author, note,
                () -> releases.tree(earlier).withOrigin(base().origin()), accepted -> writeDraft(accepted, accepted.files().keySet(), true)));
    }

    private CompletableFuture<ReloadEvent> queue(Runnable onStart, Supplier<ReloadEvent> attempt) {
        return CompletableFuture.supplyAsync(() -> {
            onStart.run();
            return attempt.get();
        }, builder);
    }

    private ReleaseTree base() {
        if (releases.serving().isPresent()) {
            return releases.servingTree();
        }
        return root == null ? ReleaseTree.of(RuleSources.packaged()) : ReleaseTree.fromDirectory(root);
    }

    /**
     * One attempt, whatever happens in it: a failure of any kind (an OutOfMemoryError or a
     * StackOverflowError in a candidate too) refuses the candidate with its reason, is logged and
     * counted like any refusal, and leaves this thread ready for the next attempt.
     */
    /** @param toDraft writes an accepted candidate into the draft folder; null when the candidate is the folder's content */
    private ReloadEvent attempt(String trigger, String author, String note, Supplier<ReleaseTree> candidates,
                                Consumer<ReleaseTree> toDraft) {
        long started = System.nanoTime();
        String servingId = serving.current().map(RuleBase::id).orElse(null);
        ReloadEvent event;
        String candidateId = "(unread)"; // the sources could not even be read
        try {
            ReleaseTree candidate = candidates.get();
            candidateId = candidate.sources().contentHash();
            if (releases.servingContent().filter(candidate.contentHash()::equals).isPresent()) {
                event = event(trigger, ReloadEvent.Outcome.UNCHANGED, candidateId, servingId, List.of(), started, servingRelease());
            } else {
                event = gateAndServe(trigger, author, note, candidate, toDraft, servingId, started);
            }
        } catch (Throwable failed) { // an Error too: an OutOfMemoryError in a candidate must not end reloading
            LOG.error("reload ({}) failed; {} keeps serving", trigger, servingId, failed);
            event = event(trigger, ReloadEvent.Outcome.REFUSED, candidateId, servingId,
                    List.of(Issue.error(Where.file("(rule base)"), "the candidate could not be checked: " + ReloadFailure.reason(failed))),
                    started, servingRelease());
        }
        record(event, toDraft == null);
        return event;
    }

    private String servingRelease() {
        return releases.serving().map(Release::id).orElse(null);
    }

    private ReloadEvent gateAndServe(String trigger, String author, String note, ReleaseTree candidate, Consumer<ReleaseTree> toDraft,
                                     String servingId, long started) {
        Gate.Result result = releases.gate(candidate);
        if (!result.accepted()) {
            return event(trigger, ReloadEvent.Outcome.REFUSED, candidate.sources().contentHash(), servingId, result.errors(),
                    started, servingRelease());
        }
        if (toDraft != null && root != null) {
            toDraft.accept(candidate);
        }
        Release release = releases.publish(candidate, result, author, note);
        servingSince.set(clock.instant());
        return event(trigger, ReloadEvent.Outcome.ACCEPTED, result.candidate().id(), result.candidate().id(), result.warnings(),
                started, release.id());
    }

    /**
     * The released files written into the draft folder, so that the folder (and a restart's draft check)
     * agrees with what serves; a rollback also removes the sources the release lacks. Other unsaved
     * edits in the folder stay as they are.
     */
    private void writeDraft(ReleaseTree tree, Set<String> paths, boolean exactly) {
        ReleaseTree folder = ReleaseTree.fromDirectory(root);
        for (String path : paths) {
            if (!Arrays.equals(tree.files().get(path), folder.files().get(path))) {
                write(path, tree.files().get(path));
            }
        }
        for (String path : folder.files().keySet()) {
            if (exactly && !tree.files().containsKey(path)) {
                try {
                    Files.deleteIfExists(root.resolve(path));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove " + path, e);
                }
            }
        }
    }

    /**
     * Written beside and moved into place, so the watcher never sees half a workbook; with the mode of
     * the file it replaces (a temporary file is owner-only, and the folder's readers must keep reading).
     */
    private void write(String path, byte[] bytes) {
        try {
            Path target = root.resolve(path);
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temporary, bytes);
            FileModes.likeNeighbours(temporary, target);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    private ReloadEvent event(String trigger, ReloadEvent.Outcome outcome, String candidateId, String servingId,
                              List<Issue> problems, long started, String release) {
        return new ReloadEvent(clock.instant(), trigger, outcome, candidateId, servingId, problems,
                (System.nanoTime() - started) / 1_000_000, release);
    }

    private void record(ReloadEvent event, boolean fromDraft) {
        last.set(event);
        if (fromDraft) {
            draft.set(event);
        }
        switch (event.outcome()) {
            case ACCEPTED -> {
                accepted.incrementAndGet();
                LOG.info("rule base {} now serving ({}, {} ms)", event.candidateId(), event.trigger(), event.millis());
            }
            case REFUSED -> {
                refused.incrementAndGet();
                lastRefusal.set(event);
                LOG.warn("candidate rule base {} refused ({}); {} keeps serving:\n  {}", event.candidateId(), event.trigger(),
                        event.servingId(), String.join("\n  ", event.problems().stream().map(Issue::toString).toList()));
            }
            case UNCHANGED -> unchanged.incrementAndGet();
        }
        for (Consumer<ReloadEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException | Error failed) {
                LOG.warn("a reload listener failed", failed);
            }
        }
    }

    /** The service began with a rule base built outside the reloader (its start-up load). */
    public void started(RuleBase ruleBase) {
        servingSince.compareAndSet(null, clock.instant());
    }

    public Optional<ReloadEvent> last() {
        return Optional.ofNullable(last.get());
    }

    /** The last check of the folder's content (the draft), if there is a folder. */
    public Optional<ReloadEvent> draft() {
        return Optional.ofNullable(draft.get());
    }

    /** The draft in a few words for readiness: {@code RELEASED} (its content serves) or {@code REFUSED} (with its problem count). */
    public Optional<Map<String, Object>> draftState() {
        return draft().map(event -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("status", event.outcome() == ReloadEvent.Outcome.REFUSED ? "REFUSED" : "RELEASED");
            state.put("problems", event.outcome() == ReloadEvent.Outcome.REFUSED ? event.problems().size() : 0);
            state.put("at", event.at().toString());
            return state;
        });
    }

    public Optional<ReloadEvent> lastRefusal() {
        return Optional.ofNullable(lastRefusal.get());
    }

    public Optional<Instant> servingSince() {
        return Optional.ofNullable(servingSince.get());
    }

    public long acceptedCount() {
        return accepted.get();
    }

    public long refusedCount() {
        return refused.get();
    }

    public long unchangedCount() {
        return unchanged.get();
    }

    @Override
    public void close() {
        builder.shutdownNow();
    }
}
