package kitei.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieContainerSessionsPool;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * A built KIE base, shared by all decisions: each decision runs in a session of its own, empty when
 * it starts, observed by a tracer. Sessions come from a pool: disposing one resets it (no facts, no
 * agenda, no listeners) and keeps its node memories, which a new session would allocate again on
 * every decision. Nothing is compiled per decision.
 *
 * <p>Every decision runs within a {@link DecisionBudget}: at most so many firings, and a timer that
 * halts the session once its time is up. A consequence spinning in Java cannot be halted from here;
 * whoever runs decisions for clients runs them on threads it can abandon (see {@code kitei.http.DecisionWorkers}).
 *
 * <p>A rule base holds every version of the tables ({@link TableVersions}): it is the base version, and
 * holds one rule base per revision, each with its own KIE base, sessions and trace locations. A decision
 * picks its version ({@link #inForceOn}) before it opens a session, so it costs the same in every version.
 */
public final class RuleBase {

    private static final int INITIAL_SESSIONS = 2;
    private static final long WATCH_INTERVAL_MILLIS = 50;
    private static final Set<Running> RUNNING = ConcurrentHashMap.newKeySet();
    private static final Thread WATCHDOG = watchdog();

    private final KieContainer container;
    private final KieBase kieBase;
    private final KieContainerSessionsPool sessions;
    private final RuleIndex index;
    private final String id;
    private final RuleSources sources;
    private final byte[] kjar;
    private final DecisionBudget budget = DecisionBudget.standard();
    private final String release;
    /** The revisions by the day each is in force from; empty in a revision itself. */
    private final NavigableMap<LocalDate, RuleBase> revisions;
    /** The day this rule base is in force from when it is a revision; null for the base. */
    private final LocalDate revisionDay;

    RuleBase(KieContainer container, KieBase kieBase, RuleIndex index, RuleSources sources, byte[] kjar) {
        this(container, kieBase, container.newKieSessionsPool(INITIAL_SESSIONS), index, sources, kjar, null,
                Collections.emptyNavigableMap(), null);
    }

    private RuleBase(KieContainer container, KieBase kieBase, KieContainerSessionsPool sessions, RuleIndex index, RuleSources sources,
                     byte[] kjar, String release, NavigableMap<LocalDate, RuleBase> revisions, LocalDate revisionDay) {
        this.container = container;
        this.kieBase = kieBase;
        this.sessions = sessions;
        this.index = index;
        this.id = sources.contentHash();
        this.sources = sources;
        this.kjar = kjar;
        this.release = release;
        this.revisions = Collections.unmodifiableNavigableMap(revisions);
        this.revisionDay = revisionDay;
    }

    /**
     * This rule base serving as a release: the same compiled rules and sessions, carrying the release id
     * into every answer (one content may serve as several releases, after a rollback).
     */
    public RuleBase asRelease(String releaseId) {
        NavigableMap<LocalDate, RuleBase> released = new TreeMap<>();
        revisions.forEach((day, revision) -> released.put(day, revision.asRelease(releaseId)));
        return new RuleBase(container, kieBase, sessions, index, sources, kjar, releaseId, released, revisionDay);
    }

    /** This base version holding {@code revisions}, identified by all the sources of every version. */
    RuleBase withRevisions(RuleSources all, Map<LocalDate, RuleBase> revisions) {
        NavigableMap<LocalDate, RuleBase> byDay = new TreeMap<>();
        revisions.forEach((day, revision) -> byDay.put(day, new RuleBase(revision.container, revision.kieBase, revision.sessions,
                revision.index, revision.sources, revision.kjar, null, Collections.emptyNavigableMap(), day)));
        return new RuleBase(container, kieBase, sessions, index, all, kjar, release, byDay, null);
    }

    /** The version in force on {@code day}: the latest revision in force from that day or before, else the base. */
    public RuleBase inForceOn(LocalDate day) {
        Map.Entry<LocalDate, RuleBase> revision = revisions.floorEntry(day);
        return revision == null ? this : revision.getValue();
    }

    /**
     * The version in force on {@code day} as a rule base of its own, holding no other version: what a
     * comparison of two versions as of one day asks (the impact of a revision across its day).
     */
    public RuleBase versionAlone(LocalDate day) {
        RuleBase version = inForceOn(day);
        return version.revisions.isEmpty() ? version
                : new RuleBase(container, kieBase, sessions, index, sources, kjar, release, Collections.emptyNavigableMap(), null);
    }

    /** The revisions this rule base holds, by the day each is in force from (empty when there is only the base). */
    public NavigableMap<LocalDate, RuleBase> revisions() {
        return revisions;
    }

    /** The day this version is in force from when it is a revision; empty for the base. */
    public Optional<LocalDate> revisionDay() {
        return Optional.ofNullable(revisionDay);
    }

    /** The release this rule base serves as, or null when it is none. */
    public String release() {
        return release;
    }

    /** The content hash of the rules and tables this rule base was built from. */
    public String id() {
        return id;
    }

    /** The compiled rule base of every version, as kjars in one archive: what the gate's process hands to the serving one. */
    public byte[] kjar() {
        Map<String, byte[]> kjars = new TreeMap<>();
        kjars.put(Kjars.BASE, kjar);
        revisions.forEach((day, revision) -> kjars.put(day.toString(), revision.kjar));
        return Kjars.pack(kjars);
    }

    public RuleSources sources() {
        return sources;
    }

    public Collection<RuleInfo> rules() {
        return index.all();
    }

    /** The rule whose consequence is running on this thread, if any (for the gate's sandbox, which must say who did what). */
    public static Optional<RuleInfo> firingOnThisThread() {
        return Optional.ofNullable(Tracer.FIRING.get());
    }

    public Outcome decide(List<?> facts) {
        KieSession session = sessions.newKieSession();
        Tracer tracer = new Tracer(index, budget.maxFirings());
        Running running = new Running(session, tracer, System.nanoTime() + budget.wallClock().toNanos());
        RUNNING.add(running);
        try {
            session.addEventListener((AgendaEventListener) tracer);
            session.addEventListener((RuleRuntimeEventListener) tracer);
            for (Object fact : facts) {
                session.insert(fact);
            }
            int fired = fireWithin(session, tracer);
            if (fired >= budget.maxFirings()) {
                throw exceeded(tracer, "fired " + fired + " rules, the most one decision may fire");
            }
            return tracer.outcome();
        } finally {
            RUNNING.remove(running);
            tracer.detach();
            session.removeEventListener((AgendaEventListener) tracer);
            session.removeEventListener((RuleRuntimeEventListener) tracer);
            if (tracer.finish()) {
                session.dispose();
            } else {
                // Stopped, or about to be halted by the watchdog: not a session to hand to the next decision.
                session.destroy();
            }
        }
    }

    private int fireWithin(KieSession session, Tracer tracer) {
        int fired;
        try {
            fired = session.fireAllRules(budget.maxFirings());
        } catch (RuntimeException failed) {
            if (!tracer.stopped()) {
                throw failed;
            }
            fired = 0;
        }
        if (tracer.stopped()) {
            throw exceeded(tracer, tracer.inserts() > budget.maxFirings()
                    ? "inserted more than " + budget.maxFirings() + " facts"
                    : "ran longer than " + budget.wallClock().toMillis() + " ms");
        }
        return fired;
    }

    private static DecisionBudgetExceededException exceeded(Tracer tracer, String what) {
        RuleInfo rule = tracer.lastFiring();
        return new DecisionBudgetExceededException("the decision was stopped: it " + what
                + (rule == null ? "" : "; rule \"" + rule.name() + "\" (" + rule.source() + ") was the last to fire")
                + "; no decision was made");
    }

    /** A decision in flight, halted by the watchdog once past its deadline. Identity, not value, equality. */
    private static final class Running {
        private final KieSession session;
        private final Tracer tracer;
        private final long deadline;

        Running(KieSession session, Tracer tracer, long deadline) {
            this.session = session;
            this.tracer = tracer;
            this.deadline = deadline;
        }

        void haltIfLate(long now) {
            if (now - deadline >= 0 && tracer.stop()) {
                session.halt();
            }
        }
    }

    /**
     * One watchdog for every decision, rather than a timer per decision: scheduling and cancelling a
     * timer cost about 13 µs of a 30 µs decision; a set entry costs well under one. The budget is
     * kept to within {@link #WATCH_INTERVAL_MILLIS}.
     */
    private static Thread watchdog() {
        Thread thread = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(WATCH_INTERVAL_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                RUNNING.forEach(running -> running.haltIfLate(now));
            }
        }, "kitei-decision-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
