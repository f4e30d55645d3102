package kitei.check.confined;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kitei.check.Gate;
import kitei.check.Issue;
import kitei.check.ScenarioResult;
import kitei.engine.RuleSources;

/**
 * The main class of the gate's own process, started by {@link GateWorker} only: under the
 * {@link Sandbox} from its first line, it reads job folders from its input, one a line, runs the
 * {@link Gate} on each and writes the outcome back into the job, then answers {@link #DONE} and the
 * folder. It ends when its input ends. Usage: {@code GateProcess <workspace folder>}.
 */
public final class GateProcess {

    static final String DONE = "kitei-gate-done ";

    private GateProcess() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        Sandbox sandbox = new Sandbox(Path.of(args[0]), Thread.currentThread());
        PrintStream answers = System.out;
        // Whatever a rule prints must not pass for an answer.
        System.setOut(System.err);
        System.setSecurityManager(sandbox);
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String folder = jobs.readLine(); folder != null; folder = jobs.readLine()) {
            run(new Job(Path.of(folder)), sandbox);
            answers.println(DONE + folder);
            answers.flush();
        }
        sandbox.finish();
        System.exit(0);
    }

    private static void run(Job job, Sandbox sandbox) throws Exception {
        sandbox.startJob();
        Job.Input input = job.input();
        RuleSources sources = job.sources(input.origin());
        Gate.Result result = new Gate(Clock.fixed(input.now(), ZoneId.of(input.zone()))).check(sources, input.scenarios(), null);
        List<Issue> refusals = sandbox.refusals();
        List<Issue> issues = new ArrayList<>(refusals);
        result.issues().stream().filter(issue -> !issues.contains(issue)).forEach(issues::add);
        boolean accepted = result.accepted() && refusals.isEmpty();
        List<List<String>> differences = result.scenarios().stream().map(ScenarioResult::differences).toList();
        job.writeOutput(new Job.Output(issues, differences, accepted, !refusals.isEmpty()), accepted ? result.candidate().kjar() : null);
    }
}
