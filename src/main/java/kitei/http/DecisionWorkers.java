package kitei.http;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads decisions run on, off the event loops. The rule base stops a rule that re-fires or
 * inserts without end ({@link kitei.engine.DecisionBudget}); a consequence spinning in plain Java
 * cannot be stopped from outside its thread, so past its budget (plus a grace for the rule base's own
 * stop to answer first) its request is answered without it, its thread is abandoned, and a new thread
 * takes its place. Abandoned threads are counted; once {@link #MAX_ABANDONED} are stuck, no more are
 * added (each burns a core) and readiness reports the pool exhausted.
 */
public final class DecisionWorkers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionWorkers.class);
    /** Beyond this many threads stuck in rule code, the service is broken by its rule base and says so. */
    public static final int MAX_ABANDONED = 8;
    /** Requests waiting for a worker; beyond it a decision answers 503 at once rather than queue past its timeout. */
    private static final int QUEUE = 4_096;
    private static final Duration GRACE = Duration.ofMillis(250);

    private final int size;
    private final Duration budget;
    private final ThreadPoolExecutor pool;
    private final AtomicInteger stuck = new AtomicInteger();
    private final AtomicLong abandoned = new AtomicLong();
    private final AtomicInteger names = new AtomicInteger();

    public DecisionWorkers(int size, Duration budget) {
        this.size = size;
        this.budget = budget.plus(GRACE);
        this.pool = new ThreadPoolExecutor(size, size, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(QUEUE), runnable -> {
            Thread thread = new Thread(runnable, "kitei-decision-" + names.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Thrown (in the future) when a decision's thread was abandoned past its budget. */
    public static final class Abandoned extends RuntimeException {
        Abandoned(String message) {
            super(message, null, false, false);
        }
    }

    /** Thrown (in the future) when no worker can take the decision now. */
    public static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message, null, false, false);
        }
    }

    public <T> CompletableFuture<T> run(Supplier<T> decision) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        AtomicInteger state = new AtomicInteger(); // 0 running, 1 answered, 2 abandoned
        try {
            pool.execute(() -> {
                try {
                    T result = decision.get();
                    if (state.compareAndSet(0, 1)) {
                        answer.complete(result);
                    }
                } catch (RuntimeException | Error failed) {
                    if (state.compareAndSet(0, 1)) {
                        answer.completeExceptionally(failed);
                    }
                } finally {
                    if (state.get() == 2) {
                        released();
                    }
                }
            });
        } catch (RejectedExecutionException full) {
            answer.completeExceptionally(new Busy("every decision worker is busy and " + QUEUE + " requests wait; retry shortly"));
            return answer;
        }
        // The thread is counted as abandoned before the caller hears of it: one stage, not two racing ones.
        return answer.orTimeout(budget.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failed -> {
            if (!(failed instanceof TimeoutException)) {
                return CompletableFuture.failedFuture(failed);
            }
            if (state.compareAndSet(0, 2)) {
                abandon();
            }
            return CompletableFuture.failedFuture(new Abandoned("the decision did not finish within " + budget.toMillis()
                    + " ms (a rule's code that does not end); no decision was made"));
        });
    }

    /** A thread is stuck in rule code: another takes its place, up to {@link #MAX_ABANDONED}. */
    private synchronized void abandon() {
        abandoned.incrementAndGet();
        int now = stuck.incrementAndGet();
        LOG.error("a decision ran past its budget of {} ms in rule code; its thread is abandoned ({} stuck)", budget.toMillis(), now);
        resize();
    }

    /** An abandoned thread came back after all: the pool shrinks again. */
    private synchronized void released() {
        stuck.decrementAndGet();
        resize();
    }

    private void resize() {
        int threads = size + Math.min(stuck.get(), MAX_ABANDONED);
        if (threads > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(threads);
            pool.setCorePoolSize(threads);
        } else {
            pool.setCorePoolSize(threads);
            pool.setMaximumPoolSize(threads);
        }
    }

    /** Threads abandoned since the start (a counter). */
    public long abandonedCount() {
        return abandoned.get();
    }

    /** Threads stuck in rule code now. */
    public int stuckCount() {
        return stuck.get();
    }

    /** When so many threads are stuck that no replacement is added: readiness then fails with this reason. */
    public Optional<String> exhausted() {
        int now = stuck.get();
        return now < MAX_ABANDONED ? Optional.empty() : Optional.of(now
                + " decision threads are stuck in rule code that does not end; replace the rule base and restart");
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
