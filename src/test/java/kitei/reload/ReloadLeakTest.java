package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import kitei.check.Gate;
import kitei.check.ScenarioBook;
import kitei.check.Workbooks;
import kitei.engine.RuleSources;
import kitei.engine.ServingRuleBase;

/** Rebuilding the rule base many times, as reloads do, leaves neither heap nor classes behind. */
class ReloadLeakTest {

    private static final int WARM_UP = 4;
    private static final int REBUILDS = 24;

    @Test
    void manyReloadsDoNotLeak() throws Exception {
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
        System.out.printf("after %d more rebuilds: heap %+d KB, loaded classes %+d%n", REBUILDS, heapGrowth / 1024, classGrowth);
        assertTrue(heapGrowth < 24L * 1024 * 1024, () -> "heap grew by " + heapGrowth / 1024 + " KB over " + REBUILDS + " rebuilds");
        assertTrue(classGrowth < 600, () -> "loaded classes grew by " + classGrowth + " over " + REBUILDS + " rebuilds");
    }

    /** Each rebuild differs (a message cell), so none is skipped as unchanged. */
    private static void serve(Gate gate, ServingRuleBase serving, RuleSources repo, byte[] table, int i) {
        RuleSources candidate = repo.with("decision-tables/conflicts.xlsx", Workbooks.setCell(table, "I14", "PROXY and GROUP cannot be used together (" + i + ")"));
        Gate.Result result = gate.check(candidate, ScenarioBook.Read.none(), null);
        assertTrue(result.accepted(), () -> String.valueOf(result.errors()));
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
