package kitei.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import kitei.coverage.CaseRef;
import kitei.coverage.Coverage;
import kitei.coverage.VersionCoverage;
import kitei.decision.Json;
import kitei.decisionlog.LoggedDecisions;
import kitei.decisionlog.Replay;
import kitei.decisionlog.RevisionImpact;
import kitei.engine.RuleSources;
import kitei.decision.Asking;
import kitei.tariff.JapanTime;
import kitei.tariff.TariffVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kitei check [DIR]}: the activation gate, run from the command line; exit 1 lists every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate rules/, decision-tables/ and scenarios/ of DIR exactly as the service does before "
                + "it activates them; exit 1 with every problem located (file!sheet!cell or file:line).")
public final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", defaultValue = ".", description = "project directory holding rules/, decision-tables/ and scenarios/ (default: .)")
    Path directory;

    @Option(names = "--coverage", description = "print, for each version, every clause with the rules, rows, cases and scenarios that cover it")
    boolean coverage;

    @Option(names = "--replay", paramLabel = "LOG",
            description = "replay a decision log on the candidate and show, by clause, every answer the edit would change")
    Path replay;

    @Option(names = "--verbose", description = "also print each scenario that passed")
    boolean verbose;

    /** Today, for the versions in force and the revisions still to come; a test sets its own. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        return run(directory, System.out);
    }

    int run(Path root, PrintStream out) throws IOException {
        if (!Files.isDirectory(root.resolve(RuleSources.RULES_DIR)) && !Files.isDirectory(root.resolve(RuleSources.TABLES_DIR))) {
            out.println(root.toAbsolutePath().normalize() + " has neither rules/ nor decision-tables/; give the project directory");
            return 2;
        }
        RuleSources sources = RuleSources.fromDirectory(root);
        ScenarioBook.Read scenarios = ScenarioBook.fromDirectory(root);
        Gate.Result result = Gate.confined(clock).check(sources, scenarios, CaseRef.fromDirectory(root).orElse(null));
        out.println("checked " + sources.origin() + ": " + sources.files().size() + " rule files and workbooks, "
                + scenarios.scenarios().size() + " scenarios, in " + result.millis() + " ms");
        result.errors().forEach(issue -> out.println("ERROR   " + issue.where() + ": " + issue.message()));
        result.warnings().forEach(issue -> out.println("WARNING " + issue.where() + ": " + issue.message()));
        if (result.candidate() != null) {
            out.println("versions: " + String.join("; ", new Asking(clock).versions(result.candidate()).stream()
                    .map(CheckCommand::version).toList()));
        }
        long passed = result.scenarios().stream().filter(ScenarioResult::passed).count();
        out.println("scenarios: " + passed + " passed, " + (result.scenarios().size() - passed) + " failed");
        if (verbose) {
            result.scenarios().forEach(scenario -> out.println("  " + scenario));
        }
        if (result.coverage() != null) {
            result.coverage().forEach(version -> out.print(coverage ? "coverage of version " + version.version() + " ("
                    + version.tables() + "):\n" + version.coverage().toText() : summary(version)));
        }
        if (replay != null) {
            out.print(result.accepted()
                    ? "impact on " + replay + ":\n" + new Replay(result.candidate(), Json.MAPPER).run(replay).render()
                    : "not replayed: the candidate was refused\n");
            if (result.accepted()) {
                for (RevisionImpact.Report day : new RevisionImpact(result.candidate(), Json.MAPPER)
                        .run(LoggedDecisions.every(replay), JapanTime.today(clock))) {
                    out.print("impact across the day of the revision " + day.render());
                }
            }
        }
        if (result.accepted()) {
            out.println("OK: rule base " + result.candidate().id() + " (" + result.candidate().rules().size()
                    + " rules) would be activated");
            return 0;
        }
        out.println("REFUSED: " + result.errors().size() + " problem(s); the rule base now serving would keep serving");
        return 1;
    }

    private static String version(TariffVersion version) {
        return version.version() + " from " + version.tables() + " in force " + version.inForceFrom()
                + (version.inForceUntil() == null ? " on" : " to " + version.inForceUntil());
    }

    private static String summary(VersionCoverage version) {
        Coverage coverage = version.coverage();
        return "coverage of version " + version.version() + ": decision-bearing clauses with no rule or row: "
                + (coverage.notEncoded().isEmpty() ? "none" : String.join(", ", coverage.notEncoded()))
                + "; not exercised by a case or scenario: "
                + (coverage.notExercised().isEmpty() ? "none" : String.join(", ", coverage.notExercised()))
                + " (--coverage for every clause)\n";
    }
}
