package kitei.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import kitei.decision.Json;
import kitei.decisionlog.Replay;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Re-run the decisions of a decision log on the current rules (or an edited copy) and report "
                + "every answer that would change, grouped by clause. Exits 0 when nothing would change, 1 otherwise.")
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LOG", description = "a decision log (decisions.jsonl)")
    Path log;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "a directory with rules/ and decision-tables/ to replay on (default: the working directory, else the jar's)")
    Path rules;

    @Override
    public Integer call() throws Exception {
        RuleSources sources = rules != null ? RuleSources.fromDirectory(rules)
                : RuleSources.forWorkingDirectory(Path.of("").toAbsolutePath());
        RuleBase ruleBase = new RuleBaseBuilder().build(sources);
        Replay.Report report = new Replay(ruleBase, Json.MAPPER).run(log);
        System.out.print("replayed on rule base " + ruleBase.id() + " (" + sources.origin() + ")\n" + report.render());
        return report.changes().isEmpty() ? 0 : 1;
    }
}
