package kitei.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Listens to one session: every fired rule becomes a trace entry, and every fact a rule inserts
 * becomes a conclusion attributed to that rule. Nothing in the rules' consequences writes the trace.
 * It also enforces the part of the {@link DecisionBudget} that a consequence can break from inside:
 * once the decision is stopped, or a rule has inserted more facts than the budget allows, the next
 * insert throws, so a consequence inserting facts in a Java loop ends there.
 */
final class Tracer extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** The rule firing on this thread, for whoever must say which rule did something (the gate's sandbox). */
    static final ThreadLocal<RuleInfo> FIRING = new ThreadLocal<>();

    private final RuleIndex index;
    private final int maxInserts;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean stopped;
    private int inserts;
    private RuleInfo last;
    private final List<TraceEntry> trace = new ArrayList<>();
    private final List<Concluded<?>> conclusions = new ArrayList<>();
    private RuleInfo firing;
    private final List<String> effects = new ArrayList<>();

    Tracer(RuleIndex index, int maxInserts) {
        this.index = index;
        this.maxInserts = maxInserts;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = index.of(event.getMatch().getRule());
        last = firing;
        FIRING.set(firing);
        effects.clear();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        trace.add(new TraceEntry(firing.name(), firing.clause(), firing.source().toString(), String.join("; ", effects)));
        firing = null;
        FIRING.remove();
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (firing == null) {
            return;
        }
        if (stopped || ++inserts > maxInserts) {
            stopped = true;
            throw new DecisionBudgetExceededException("stopped while inserting facts");
        }
        Object fact = event.getObject();
        conclusions.add(new Concluded<>(fact, firing));
        effects.add(fact instanceof Conclusion conclusion ? conclusion.effect() : fact.getClass().getSimpleName());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Rules insert conclusions; they never modify facts.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // Rules insert conclusions; they never retract facts.
    }

    /**
     * Called from the budget's alarm: the next insert throws, and the caller halts the session. False
     * when the decision has already finished, so a finished session is never halted.
     */
    boolean stop() {
        if (ended.compareAndSet(false, true)) {
            stopped = true;
            return true;
        }
        return false;
    }

    /** The decision is over; true when it ended cleanly (not stopped, and its alarm can no longer stop it). */
    boolean finish() {
        return ended.compareAndSet(false, true) && !stopped;
    }

    boolean stopped() {
        return stopped;
    }

    int inserts() {
        return inserts;
    }

    /** The rule firing now, or the last one fired: the one to blame when the budget runs out. */
    RuleInfo lastFiring() {
        return last;
    }

    /** After a consequence threw, the rule stays "firing" on this thread unless cleared. */
    void detach() {
        FIRING.remove();
    }

    Outcome outcome() {
        return new Outcome(conclusions, trace);
    }
}
