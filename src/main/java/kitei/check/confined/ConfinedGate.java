package kitei.check.confined;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import kitei.check.Gate;
import kitei.check.Issue;
import kitei.check.ScenarioBook;
import kitei.check.ScenarioResult;
import kitei.coverage.CaseRef;
import kitei.coverage.VersionCoverage;
import kitei.decision.Asking;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;

/**
 * Runs the {@link Gate} on a candidate in a process of its own ({@link GateWorker}): its own heap, a
 * wall-clock limit, and a {@link Sandbox} that refuses a rule's attempt to exit, write files, start
 * programs or use the network. A candidate that loops, exhausts that heap or ends that process is
 * refused with the reason; the serving process only reads the outcome and, when accepted, loads the
 * kjar the gate's process compiled (it compiles nothing itself).
 *
 * <p>One such process serves every gate of this JVM, one job at a time, and is replaced after a job
 * that the sandbox refused something, that did not finish, or after {@link #JOBS_PER_PROCESS} jobs
 * (each compile leaves a little behind); it ends after {@link Limits#idle()} without a job.
 */
public final class ConfinedGate {

    private static final int JOBS_PER_PROCESS = 50;
    private static final ScheduledExecutorService IDLE = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kitei-gate-idle");
        thread.setDaemon(true);
        return thread;
    });
    private static final Object LOCK = new Object();
    private static volatile GateWorker worker;
    private static ScheduledFuture<?> idleEnd;

    static {
        // Without the lock: a job may be running. Closing ends the process and deletes its workspace.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            GateWorker current = worker;
            if (current != null) {
                current.close();
            }
        }, "kitei-gate-shutdown"));
    }

    /** How much the gate's process may take, and how long it waits for the next job. */
    public record Limits(String heap, Duration time, Duration idle) {

        public static final String DEFAULT_HEAP = "512m";
        public static final Duration DEFAULT_TIME = Duration.ofSeconds(120);
        public static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);

        /** The defaults, or {@code -Dkitei.gate.heap}, {@code -Dkitei.gate.timeoutSeconds} and {@code -Dkitei.gate.idleSeconds}. */
        public static Limits standard() {
            return new Limits(System.getProperty("kitei.gate.heap", DEFAULT_HEAP),
                    Duration.ofSeconds(Long.getLong("kitei.gate.timeoutSeconds", DEFAULT_TIME.toSeconds())),
                    Duration.ofSeconds(Long.getLong("kitei.gate.idleSeconds", DEFAULT_IDLE.toSeconds())));
        }
    }

    private final Clock clock;
    private final Limits limits;

    public ConfinedGate(Clock clock, Limits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    public Gate.Result check(RuleSources sources, ScenarioBook.Read scenarios, List<CaseRef> cases) {
        long started = System.nanoTime();
        synchronized (LOCK) {
            GateWorker process = worker();
            Job job = null;
            try {
                job = process.newJob();
                job.writeInput(sources, new Job.Input(sources.origin(), clock.instant(), clock.getZone().getId(), scenarios));
                List<Issue> failure = process.run(job);
                if (!failure.isEmpty()) {
                    retire();
                    return new Gate.Result(null, failure, List.of(), null, millisSince(started));
                }
                Job.Output output = job.output();
                if (output.sandboxed() || process.jobsRun() >= JOBS_PER_PROCESS) {
                    retire();
                }
                RuleBase candidate = output.compiled() ? new RuleBaseBuilder().load(sources, job.kjar()) : null;
                return new Gate.Result(candidate, output.issues(), results(scenarios, output.differences()),
                        candidate == null ? null : VersionCoverage.each(candidate, new Asking(clock), cases, scenarios.scenarios()),
                        millisSince(started));
            } catch (IOException failed) {
                retire();
                throw new UncheckedIOException("cannot run the gate's process", failed);
            } catch (InterruptedException interrupted) {
                retire();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the gate's process ran", interrupted);
            } finally {
                if (job != null) {
                    GateWorker.delete(job.folder());
                }
                endWhenIdle();
            }
        }
    }

    private GateWorker worker() {
        if (idleEnd != null) {
            idleEnd.cancel(false);
        }
        if (worker != null && (!worker.alive() || !worker.limits().heap().equals(limits.heap()))) {
            retire();
        }
        if (worker == null) {
            worker = GateWorker.start(limits);
        }
        return worker;
    }

    private static void retire() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    private void endWhenIdle() {
        idleEnd = IDLE.schedule(() -> {
            synchronized (LOCK) {
                retire();
            }
        }, limits.idle().toMillis(), TimeUnit.MILLISECONDS);
    }

    private static List<ScenarioResult> results(ScenarioBook.Read scenarios, List<List<String>> differences) {
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < Math.min(differences.size(), scenarios.scenarios().size()); i++) {
            results.add(new ScenarioResult(scenarios.scenarios().get(i), differences.get(i)));
        }
        return results;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
