package kitei.engine;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A rebuild of the repo's rule base from its sources, as a reload does it, once warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleBaseBuildBenchmark {

    private RuleSources sources;

    @Setup
    public void setUp() {
        sources = RuleSources.fromDirectory(Path.of("."));
    }

    @Benchmark
    public RuleBase rebuild() {
        return new RuleBaseBuilder().build(sources);
    }
}
