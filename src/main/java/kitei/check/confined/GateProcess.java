package kitei.check.confined;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import kitei.check.Gate;
import kitei.check.Issue;
import kitei.check.ScenarioResult;
import kitei.engine.RuleSources;

/**
 * The main class of the gate's own process: reads a job, runs the {@link Gate} on it under the
 * {@link Sandbox}, and writes the outcome back into the job. Started by {@link ConfinedGate} only.
 * Usage: {@code GateProcess <job folder>}.
 */
public final class GateProcess {

    private GateProcess() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        Job job = new Job(Path.of(args[0]));
        Job.Input input = job.input();
        RuleSources sources = job.sources(input.origin());
        Sandbox sandbox = new Sandbox(job.folder(), Thread.currentThread());
        System.setSecurityManager(sandbox);
        Gate.Result result = new Gate(Clock.fixed(input.now(), ZoneId.of(input.zone()))).check(sources, input.scenarios(), null);
        List<Issue> issues = new java.util.ArrayList<>(sandbox.refusals());
        result.issues().stream().filter(issue -> !issues.contains(issue)).forEach(issues::add);
        boolean accepted = result.accepted() && sandbox.refusals().isEmpty();
        List<List<String>> differences = result.scenarios().stream().map(ScenarioResult::differences).toList();
        job.writeOutput(new Job.Output(issues, differences, accepted), accepted ? result.candidate().kjar() : null);
        sandbox.finish();
        System.exit(0);
    }
}
