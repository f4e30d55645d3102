package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** Threads stuck in rule code are abandoned and replaced, counted, and reported once too many are stuck. */
class DecisionWorkersTest {

    @Test
    void aStuckDecisionIsAbandonedAndAnotherThreadServesTheNext() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        try (DecisionWorkers workers = new DecisionWorkers(1, Duration.ofMillis(50))) {
            CompletableFuture<String> stuck = workers.run(() -> spinUntil(release));
            ExecutionException failed = assertThrows(ExecutionException.class, () -> stuck.get(5, TimeUnit.SECONDS));
            assertInstanceOf(DecisionWorkers.Abandoned.class, failed.getCause());
            assertEquals(1, workers.stuckCount());
            assertEquals(1, workers.abandonedCount());

            assertEquals("served", workers.run(() -> "served").get(5, TimeUnit.SECONDS));

            release.set(true);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (workers.stuckCount() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(0, workers.stuckCount(), "the thread that came back is no longer counted as stuck");
            assertEquals(1, workers.abandonedCount());
        }
    }

    @Test
    void tooManyStuckThreadsExhaustThePool() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        try (DecisionWorkers workers = new DecisionWorkers(1, Duration.ofMillis(20))) {
            List<CompletableFuture<String>> stuck = new ArrayList<>();
            for (int i = 0; i < DecisionWorkers.MAX_ABANDONED; i++) {
                assertFalse(workers.exhausted().isPresent());
                CompletableFuture<String> decision = workers.run(() -> spinUntil(release));
                assertThrows(ExecutionException.class, () -> decision.get(5, TimeUnit.SECONDS));
                stuck.add(decision);
            }
            assertTrue(workers.exhausted().orElseThrow().startsWith(DecisionWorkers.MAX_ABANDONED + " decision threads are stuck"));
        } finally {
            release.set(true);
        }
    }

    private static String spinUntil(AtomicBoolean release) {
        while (!release.get()) {
            Thread.onSpinWait();
        }
        return "released";
    }
}
