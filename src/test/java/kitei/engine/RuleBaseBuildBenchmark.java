package kitei.engine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A rebuild after an edit, in a warm JVM: every invocation changes one DRL comment, so the rule base
 * is compiled, never taken from the cache of compiled rule bases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBaseBuildBenchmark {

    private RuleSources sources;
    private RuleBaseBuilder builder;
    private int edit;

    @Setup
    public void setUp() throws Exception {
        sources = RuleSources.fromDirectory(Path.of("."));
        builder = new RuleBaseBuilder(new CompiledRuleBases(Files.createTempDirectory("kitei-bench-cache")));
    }

    @Benchmark
    public RuleBase rebuild() {
        String edited = "package kitei.rules.bench;\n// edit " + (++edit) + "\n";
        return builder.build(sources.with("rules/bench-edit.drl", edited.getBytes(StandardCharsets.UTF_8)));
    }
}
