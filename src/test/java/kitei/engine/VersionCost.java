package kitei.engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import kitei.StagedRevision;

/**
 * What a version costs, in one JVM: the time to compile the repo's rule base (one version), then to
 * compile the two-version one (NOTICE_DAYS 30 → 60 staged from 2027-04-01) with the base already in the
 * cache of compiled rule bases (so only the revision compiles, as after staging one); the time to load each
 * from that cache (what a restart does: start to ready is dominated by it); and the heap each retains,
 * both held at once. Run beside the tests, never by them:
 * {@code java -Xmx512m -cp "$CP" kitei.engine.VersionCost}.
 */
public final class VersionCost {

    private VersionCost() {
    }

    public static void main(String[] args) throws Exception {
        RuleSources one = RuleSources.fromDirectory(Path.of("."));
        RuleSources two = StagedRevision.sources();
        Path cache = Files.createTempDirectory("kitei-version-cost");
        long compileOne = millis(() -> new RuleBaseBuilder(new CompiledRuleBases(cache)).build(one));
        long compileRevision = millis(() -> new RuleBaseBuilder(new CompiledRuleBases(cache)).build(two));
        long h0 = heap();
        long started = System.nanoTime();
        RuleBase loadedOne = new RuleBaseBuilder(new CompiledRuleBases(cache)).build(one);
        long loadOne = (System.nanoTime() - started) / 1_000_000;
        long h1 = heap();
        started = System.nanoTime();
        RuleBase loadedTwo = new RuleBaseBuilder(new CompiledRuleBases(cache)).build(two);
        long loadTwo = (System.nanoTime() - started) / 1_000_000;
        long h2 = heap();
        System.out.printf("compile: one version %d ms; the revision, with the base in the cache, %d ms%n", compileOne, compileRevision);
        System.out.printf("load from the cache: one version %d ms, two versions %d ms%n", loadOne, loadTwo);
        System.out.printf("heap retained: one version %.1f MB, two versions %.1f MB (%d and %d rule bases)%n",
                (h1 - h0) / 1e6, (h2 - h1) / 1e6, 1 + loadedOne.revisions().size(), 1 + loadedTwo.revisions().size());
        System.exit(0);
    }

    private static long millis(Runnable build) {
        long started = System.nanoTime();
        build.run();
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static long heap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
