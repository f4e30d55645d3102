package kitei.reload;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;

import kitei.check.Gate;
import kitei.check.ScenarioBook;
import kitei.check.Workbooks;
import kitei.engine.RuleSources;
import kitei.engine.ServingRuleBase;

/**
 * Rebuilding the rule base many times, as reloads do, leaves neither heap nor classes behind. A
 * benchmark, not a test: heap figures depend on the JVM and the machine, so {@code bench/run} runs
 * it in a JVM of its own ({@code java … kitei.reload.ReloadLeakBenchmark}), prints the growth, and
 * exits 1 when it passes the limits below. {@code mvn test} never runs it.
 */
public final class ReloadLeakBenchmark {

    private static final int WARM_UP = 4;
    private static final int REBUILDS = 24;
    static final long MAX_HEAP_GROWTH_BYTES = 24L * 1024 * 1024;
    static final long MAX_CLASS_GROWTH = 600;

    private ReloadLeakBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        RuleSources repo = RuleSources.fromDirectory(Path.of("."));
        byte[] table = repo.files().get("decision-tables/conflicts.xlsx");
        ServingRuleBase serving = new ServingRuleBase();
        Gate gate = new Gate(Clock.systemUTC());
        for (int i = 0; i < WARM_UP; i++) {
            serve(gate, serving, repo, table, i);
        }
        long heapBefore = settledHeap();
        long classesBefore = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        for (int i = WARM_UP; i < WARM_UP + REBUILDS; i++) {
            serve(gate, serving, repo, table, i);
        }
        long heapGrowth = settledHeap() - heapBefore;
        long classGrowth = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount() - classesBefore;
        System.out.printf("heap_kb=%d classes=%d rebuilds=%d%n", heapGrowth / 1024, classGrowth, REBUILDS);
        if (heapGrowth >= MAX_HEAP_GROWTH_BYTES || classGrowth >= MAX_CLASS_GROWTH) {
            System.err.printf("leak: over %d rebuilds the heap grew by %d KB (limit %d KB), loaded classes by %d (limit %d)%n",
                    REBUILDS, heapGrowth / 1024, MAX_HEAP_GROWTH_BYTES / 1024, classGrowth, MAX_CLASS_GROWTH);
            System.exit(1);
        }
    }

    /** Each rebuild differs (a message cell), so none is skipped as unchanged. */
    private static void serve(Gate gate, ServingRuleBase serving, RuleSources repo, byte[] table, int i) {
        RuleSources candidate = repo.with("decision-tables/conflicts.xlsx",
                Workbooks.setCell(table, "I14", "PROXY and GROUP cannot be used together (" + i + ")"));
        Gate.Result result = gate.check(candidate, ScenarioBook.Read.none(), null);
        if (!result.accepted()) {
            throw new IllegalStateException("rebuild " + i + " refused: " + result.errors());
        }
        serving.serve(result.candidate());
    }

    private static long settledHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
