package kitei.check.confined;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kitei.check.Gate;
import kitei.check.Issue;
import kitei.check.ScenarioBook;
import kitei.check.ScenarioResult;
import kitei.check.Where;
import kitei.coverage.CaseRef;
import kitei.coverage.Coverage;
import kitei.engine.RuleBase;
import kitei.engine.RuleBaseBuilder;
import kitei.engine.RuleSources;

/**
 * Runs the {@link Gate} on a candidate in a process of its own: same java and classpath, its own heap
 * and a wall-clock limit, and a {@link Sandbox} that refuses a rule's attempt to exit, write files,
 * start programs or use the network. A candidate that loops, exhausts that heap or kills that process
 * is refused with the reason; the serving process only reads the outcome and, when accepted, loads
 * the compiled kjar the gate's process built (it compiles nothing itself).
 */
public final class ConfinedGate {

    private static final Logger LOG = LoggerFactory.getLogger(ConfinedGate.class);
    private static final Where RULE_BASE = Where.file("(rule base)");
    private static final int EXIT_OUT_OF_MEMORY = 3;
    private static final int STDERR_TAIL = 2_000;

    /** How much the gate's process may take. */
    public record Limits(String heap, Duration time) {

        public static final String DEFAULT_HEAP = "512m";
        public static final Duration DEFAULT_TIME = Duration.ofSeconds(120);

        /** The defaults, or {@code -Dkitei.gate.heap} and {@code -Dkitei.gate.timeoutSeconds}. */
        public static Limits standard() {
            return new Limits(System.getProperty("kitei.gate.heap", DEFAULT_HEAP),
                    Duration.ofSeconds(Long.getLong("kitei.gate.timeoutSeconds", DEFAULT_TIME.toSeconds())));
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
        Path folder = null;
        try {
            folder = Files.createTempDirectory("kitei-gate-");
            Job job = new Job(folder);
            job.writeInput(sources, new Job.Input(sources.origin(), clock.instant(), clock.getZone().getId(), scenarios));
            List<Issue> failure = run(job);
            if (!failure.isEmpty()) {
                return new Gate.Result(null, failure, List.of(), null, millisSince(started));
            }
            Job.Output output = job.output();
            RuleBase candidate = output.compiled() ? new RuleBaseBuilder().load(sources, job.kjar()) : null;
            return new Gate.Result(candidate, output.issues(), results(scenarios, output.differences()),
                    candidate == null ? null : Coverage.of(candidate.rules(), cases, scenarios.scenarios()), millisSince(started));
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot run the gate's process", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the gate's process ran", interrupted);
        } finally {
            delete(folder);
        }
    }

    /** Runs the gate's process on the job; the issues that refuse the candidate when the process did not finish its work. */
    private List<Issue> run(Job job) throws IOException, InterruptedException {
        Path stderr = job.folder().resolve("stderr.txt");
        Process process = new ProcessBuilder(command(job))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(limits.time().toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            return List.of(Issue.error(RULE_BASE, "the candidate's check timed out after " + limits.time().toSeconds()
                    + " s and was stopped (a rule that never ends, for example one that loops on every input?); nothing of it serves"));
        }
        int exit = process.exitValue();
        if (exit == 0 && job.hasOutput()) {
            return List.of();
        }
        String tail = tail(stderr);
        if (exit == EXIT_OUT_OF_MEMORY || tail.contains("OutOfMemoryError")) {
            return List.of(Issue.error(RULE_BASE, "the candidate's check ran out of memory (its process may use " + limits.heap()
                    + "; a rule that builds facts or strings without end?); nothing of it serves"));
        }
        LOG.warn("the gate's process ended with exit code {}:\n{}", exit, tail);
        return List.of(Issue.error(RULE_BASE, "the candidate's check ended abnormally (exit code " + exit + ")"
                + (tail.isBlank() ? "" : ": " + tail.strip().lines().reduce((first, last) -> last).orElse("")) + "; nothing of it serves"));
    }

    private List<String> command(Job job) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("-Xmx" + limits.heap());
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:-UsePerfData");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.security.manager=allow");
        command.add("-Djava.io.tmpdir=" + job.folder());
        for (String passed : List.of("kitei.rulebase.cache", "kitei.decision.maxFirings", "kitei.decision.budgetMillis")) {
            if (System.getProperty(passed) != null) {
                command.add("-D" + passed + "=" + System.getProperty(passed));
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(GateProcess.class.getName());
        command.add(job.folder().toString());
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static List<ScenarioResult> results(ScenarioBook.Read scenarios, List<List<String>> differences) {
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < Math.min(differences.size(), scenarios.scenarios().size()); i++) {
            results.add(new ScenarioResult(scenarios.scenarios().get(i), differences.get(i)));
        }
        return results;
    }

    private static String tail(Path file) throws IOException {
        String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        return text.length() <= STDERR_TAIL ? text : text.substring(text.length() - STDERR_TAIL);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("cannot delete the gate's job folder {}", folder, e);
        }
    }
}
