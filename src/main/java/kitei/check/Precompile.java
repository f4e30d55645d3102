package kitei.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import kitei.engine.CompiledRuleBases;
import kitei.engine.RuleSources;

/**
 * Run by {@code mvn package}: puts the repo's rules and tables through the activation gate (cells,
 * overlaps, gaps, build, scenarios) and packs the compiled kjar into the jar under their content
 * hash. A service started on those same rules then loads instead of compiling, and needs not gate
 * them again; a rule base that fails the gate fails the build. Usage: {@code Precompile <project dir> <classes dir>}.
 */
public final class Precompile {

    private Precompile() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path target = Path.of(args[1]).resolve(CompiledRuleBases.PACKED);
        Files.createDirectories(target);
        try (var stale = Files.list(target)) {
            for (Path file : stale.toList()) {
                Files.delete(file);
            }
        }
        // The gate's build stores its kjar in the cache directory: make that the jar's.
        System.setProperty("kitei.rulebase.cache", target.toString());
        Gate.Result result = new Gate(Clock.systemUTC()).check(RuleSources.fromDirectory(project),
                ScenarioBook.fromDirectory(project), null);
        result.issues().forEach(issue -> System.out.println(issue));
        if (!result.accepted()) {
            System.out.println("the repo's rules and tables fail the activation gate: fix them before packaging");
            System.exit(1);
        }
        CompiledRuleBases.keepOnlyKjars(target);
        System.out.println("precompiled rule base " + result.candidate().id() + " (" + result.candidate().rules().size()
                + " rules, " + result.scenarios().size() + " scenarios passed) into " + target);
        System.exit(0);
    }
}
