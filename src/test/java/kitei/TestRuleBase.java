package kitei;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import kitei.decision.Asking;
import kitei.decision.Deciders;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;

/** The repo's rules and tables, built once per test JVM; "today" is fixed at 2026-11-25 in Japan. */
public final class TestRuleBase {

    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-25T03:00:00Z"), ZoneOffset.UTC);

    private static RuleBase ruleBase;

    private TestRuleBase() {
    }

    public static synchronized RuleBase get() {
        if (ruleBase == null) {
            ruleBase = new RuleBaseBuilder().build(RuleSources.fromDirectory(Path.of(".")));
        }
        return ruleBase;
    }

    public static DecisionService service() {
        return service(get());
    }

    public static DecisionService service(RuleBase ruleBase) {
        return new DecisionService(() -> ruleBase, new Asking(TODAY), Json.MAPPER, Deciders.all());
    }
}
