package kitei.engine;

import java.util.Collection;
import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieContainer;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * A built KIE base, shared by all decisions: each decision runs in a fresh session of its own,
 * observed by a tracer. Nothing is compiled per decision.
 */
public final class RuleBase {

    private final KieContainer container;
    private final KieBase kieBase;
    private final RuleIndex index;
    private final String id;
    private final RuleSources sources;

    RuleBase(KieContainer container, KieBase kieBase, RuleIndex index, RuleSources sources) {
        this.container = container;
        this.kieBase = kieBase;
        this.index = index;
        this.id = sources.contentHash();
        this.sources = sources;
    }

    /** The content hash of the rules and tables this rule base was built from. */
    public String id() {
        return id;
    }

    public RuleSources sources() {
        return sources;
    }

    public Collection<RuleInfo> rules() {
        return index.all();
    }

    public Outcome decide(List<?> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            Tracer tracer = new Tracer(index);
            session.addEventListener((AgendaEventListener) tracer);
            session.addEventListener((RuleRuntimeEventListener) tracer);
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            return tracer.outcome();
        } finally {
            session.dispose();
        }
    }
}
