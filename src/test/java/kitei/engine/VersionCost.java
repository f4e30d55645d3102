package kitei.engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import kitei.StagedRevision;

/**
 * What a version costs: the time to build the rule base (compiled, then loaded from the cache of compiled
 * rule bases, as a restart does) and the heap it retains, with one version loaded and with two (NOTICE_DAYS
 * 30 → 60 staged from 2027-04-01). Start to ready is dominated by this build. Run beside the tests, never
 * by them, each in a fresh JVM so that one measure does not warm the other:
 * {@code java -Xmx512m -cp "$CP" kitei.engine.VersionCost one} and {@code … VersionCost two}.
 */
public final class VersionCost {

    private VersionCost() {
    }

    public static void main(String[] args) throws Exception {
        boolean two = args.length > 0 && args[0].equals("two");
        RuleSources sources = two ? StagedRevision.sources() : RuleSources.fromDirectory(Path.of("."));
        Path cache = Files.createTempDirectory("kitei-version-cost");
        long before = retainedHeap();
        long started = System.nanoTime();
        RuleBase compiled = new RuleBaseBuilder(new CompiledRuleBases(cache)).build(sources);
        long compileMillis = (System.nanoTime() - started) / 1_000_000;
        long heap = retainedHeap() - before;
        started = System.nanoTime();
        RuleBase loaded = new RuleBaseBuilder(new CompiledRuleBases(cache)).build(sources);
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("%s: %d version(s), compiled in %d ms, loaded from the cache in %d ms, heap retained %.1f MB (%d rules each)%n",
                two ? "two" : "one", 1 + compiled.revisions().size(), compileMillis, loadMillis, heap / 1e6, loaded.rules().size());
        System.exit(0);
    }

    private static long retainedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
