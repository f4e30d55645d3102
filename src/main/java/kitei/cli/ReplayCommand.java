package kitei.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import kitei.decision.Json;
import kitei.decisionlog.Replay;
import kitei.engine.CompiledRuleBases;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;
import kitei.release.ReleaseStore;
import kitei.release.ReleaseTree;
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

    @Option(names = "--release", paramLabel = "ID",
            description = "a release id (GET /admin/releases) to replay on, read from the release history in --data")
    String release;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:KITEI_DATA:-" + CompiledRuleBases.DEFAULT_DATA + "}",
            description = "the data directory holding the release history releases.git (default ${DEFAULT-VALUE}; env KITEI_DATA)")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (release != null && rules != null) {
            System.err.println("kitei replay: give --release or --rules, not both");
            return 2;
        }
        RuleSources sources;
        if (release != null) {
            Optional<RuleSources> released = released(release);
            if (released.isEmpty()) {
                System.err.println("kitei replay: no release " + release + " in " + data.resolve(ReleaseStore.DIRECTORY));
                return 2;
            }
            sources = released.get();
        } else {
            sources = rules != null ? RuleSources.fromDirectory(rules) : RuleSources.forWorkingDirectory(Path.of("").toAbsolutePath());
        }
        RuleBase ruleBase = new RuleBaseBuilder().build(sources);
        Replay.Report report = new Replay(ruleBase, Json.MAPPER).run(log);
        System.out.print("replayed on rule base " + ruleBase.id() + " (" + sources.origin() + ")\n" + report.render());
        return report.changes().isEmpty() ? 0 : 1;
    }

    private Optional<RuleSources> released(String id) {
        if (!Files.isDirectory(data.resolve(ReleaseStore.DIRECTORY))) {
            return Optional.empty();
        }
        try (ReleaseStore store = ReleaseStore.open(data, ReleaseStore.DEFAULT_BRANCH)) {
            return store.find(id).map(commit -> new ReleaseTree("release " + store.release(commit).id(), store.read(commit)).sources());
        }
    }
}
