package kitei.engine;

import java.util.ArrayList;
import java.util.List;

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
 */
final class Tracer extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final RuleIndex index;
    private final List<TraceEntry> trace = new ArrayList<>();
    private final List<Concluded<?>> conclusions = new ArrayList<>();
    private RuleInfo firing;
    private final List<String> effects = new ArrayList<>();

    Tracer(RuleIndex index) {
        this.index = index;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = index.of(event.getMatch().getRule());
        effects.clear();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        trace.add(new TraceEntry(firing.name(), firing.clause(), firing.source().toString(), String.join("; ", effects)));
        firing = null;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (firing == null) {
            return;
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

    Outcome outcome() {
        return new Outcome(conclusions, trace);
    }
}
