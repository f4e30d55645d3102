package kitei.check.confined;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kitei.check.Issue;
import kitei.check.Where;

/**
 * One process running {@link GateProcess}: same java and classpath as this one, its own heap, and
 * the jobs' workspace as the only place it may write. It stays up between jobs, so a gate costs a
 * compile on a warm JVM rather than a JVM start; a job that runs past its time is ended with the
 * process (destroyed forcibly), and so is a process that ran out of memory or exited.
 */
final class GateWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GateWorker.class);
    private static final Where RULE_BASE = Where.file("(rule base)");
    /** Put in the answers when the process's output ends; no line read can equal it. */
    private static final String END = "\u0000(the process ended)";
    private static final int EXIT_OUT_OF_MEMORY = 3;
    private static final int STDERR_TAIL = 2_000;

    private final ConfinedGate.Limits limits;
    private final Path workspace;
    private final Path stderr;
    private final Process process;
    private final Writer jobs;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private int jobsRun;

    private GateWorker(ConfinedGate.Limits limits, Path workspace, Path stderr, Process process) {
        this.limits = limits;
        this.workspace = workspace;
        this.stderr = stderr;
        this.process = process;
        this.jobs = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readAnswers, "kitei-gate-answers");
        reader.setDaemon(true);
        reader.start();
    }

    static GateWorker start(ConfinedGate.Limits limits) {
        try {
            Path workspace = Files.createTempDirectory("kitei-gate-");
            Path stderr = workspace.resolve("stderr.txt");
            Process process = new ProcessBuilder(command(limits, workspace))
                    .redirectError(stderr.toFile())
                    .start();
            return new GateWorker(limits, workspace, stderr, process);
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot start the gate's process", failed);
        }
    }

    ConfinedGate.Limits limits() {
        return limits;
    }

    int jobsRun() {
        return jobsRun;
    }

    boolean alive() {
        return process.isAlive();
    }

    Job newJob() throws IOException {
        return new Job(Files.createTempDirectory(workspace, "job-"));
    }

    /**
     * Runs one job; no issue when the process wrote the job's output, else why the candidate is refused
     * (the process is then gone and this worker is of no further use).
     */
    List<Issue> run(Job job) throws IOException, InterruptedException {
        jobsRun++;
        jobs.write(job.folder() + "\n");
        jobs.flush();
        long deadline = System.nanoTime() + limits.time().toNanos();
        for (String answer = next(deadline); answer != null; answer = next(deadline)) {
            if (answer.equals(GateProcess.DONE + job.folder()) && job.hasOutput()) {
                return List.of();
            }
            if (answer.equals(END)) {
                return ended();
            }
        }
        process.destroyForcibly().waitFor();
        return List.of(Issue.error(RULE_BASE, "the candidate's check timed out after " + limits.time().toSeconds()
                + " s and was stopped (a rule that never ends, for example one that loops on every input?); nothing of it serves"));
    }

    private String next(long deadline) throws InterruptedException {
        return answers.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    private List<Issue> ended() throws IOException, InterruptedException {
        process.waitFor(5, TimeUnit.SECONDS);
        int exit = process.isAlive() ? -1 : process.exitValue();
        String tail = tail();
        if (exit == EXIT_OUT_OF_MEMORY || tail.contains("OutOfMemoryError")) {
            return List.of(Issue.error(RULE_BASE, "the candidate's check ran out of memory (its process may use " + limits.heap()
                    + "; a rule that builds facts or strings without end?); nothing of it serves"));
        }
        LOG.warn("the gate's process ended with exit code {}:\n{}", exit, tail);
        return List.of(Issue.error(RULE_BASE, "the candidate's check ended abnormally (exit code " + exit + ")"
                + (tail.isBlank() ? "" : ": " + tail.strip().lines().reduce((first, last) -> last).orElse("")) + "; nothing of it serves"));
    }

    private void readAnswers() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                answers.add(line);
            }
        } catch (IOException gone) {
            LOG.debug("the gate's process output closed", gone);
        } finally {
            answers.add(END);
        }
    }

    private String tail() throws IOException {
        String text = Files.isRegularFile(stderr) ? Files.readString(stderr, StandardCharsets.UTF_8) : "";
        return text.length() <= STDERR_TAIL ? text : text.substring(text.length() - STDERR_TAIL);
    }

    private static List<String> command(ConfinedGate.Limits limits, Path workspace) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("-Xmx" + limits.heap());
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.add("-XX:-UsePerfData");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.security.manager=allow");
        command.add("-Djava.io.tmpdir=" + workspace);
        // Its compiled-rule cache is in its workspace: the sandbox lets it write nowhere else.
        command.add("-Dkitei.rulebase.cache=" + workspace.resolve("cache"));
        // A cold JVM on a busy machine can take seconds over a first decision: here the process's own
        // time limit bounds the scenarios, and only the firing limit applies per decision.
        command.add("-Dkitei.decision.budgetMillis=" + limits.time().toMillis());
        if (System.getProperty("kitei.decision.maxFirings") != null) {
            command.add("-Dkitei.decision.maxFirings=" + System.getProperty("kitei.decision.maxFirings"));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(GateProcess.class.getName());
        command.add(workspace.toString());
        return command;
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Deletes a job's folder once its outcome is read. */
    static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.debug("cannot delete {}", folder, e);
        }
    }

    /** Ends the process (its input closes; forcibly if it does not end at once) and deletes its workspace. */
    @Override
    public void close() {
        try {
            jobs.close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException | InterruptedException ending) {
            process.destroyForcibly();
            if (ending instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        delete(workspace);
    }
}
