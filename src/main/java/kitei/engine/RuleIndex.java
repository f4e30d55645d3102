package kitei.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Every rule of a KIE base with its clause and source, looked up by the engine's rule object. */
final class RuleIndex {

    static final String CLAUSE_KEY = "clause";

    private final Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
    private final Map<String, RuleInfo> byName = new HashMap<>();

    RuleIndex(KieBase kieBase, SourceLocator locator) {
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleInfo info = new RuleInfo(rule.getPackageName(), locator.name(rule.getPackageName(), rule.getName()), clauseOf(rule),
                        locator.locate(rule.getPackageName(), rule.getName()));
                byRule.put(rule, info);
                byName.put(rule.getPackageName() + "." + rule.getName(), info);
            }
        }
    }

    RuleInfo of(Rule rule) {
        RuleInfo info = byRule.get(rule);
        return info != null ? info : byName.get(rule.getPackageName() + "." + rule.getName());
    }

    Collection<RuleInfo> all() {
        return byName.values();
    }

    /** The executable model hands metadata back as source text, quotes included. */
    static String clauseOf(Rule rule) {
        Object value = rule.getMetaData().get(CLAUSE_KEY);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
