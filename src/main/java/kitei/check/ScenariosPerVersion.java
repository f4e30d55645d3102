package kitei.check;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import kitei.decision.Asking;
import kitei.engine.RuleBase;
import kitei.tariff.JapanTime;
import kitei.tariff.TariffVersion;

/**
 * Runs each scenario against the versions it holds for: one with {@code asOf} against the version that
 * day selects (the decision picks it), one without against every loaded version, asked on a day that
 * version is in force (today when it is, else its nearest day). A failure names the version it failed in.
 */
final class ScenariosPerVersion {

    private final Clock clock;

    ScenariosPerVersion(Clock clock) {
        this.clock = clock;
    }

    List<ScenarioResult> run(RuleBase ruleBase, List<Scenario> scenarios) {
        List<TariffVersion> versions = new Asking(clock).versions(ruleBase);
        if (versions.size() == 1) {
            return new ScenarioRunner(clock).run(ruleBase, scenarios);
        }
        List<List<ScenarioResult>> byVersion = new ArrayList<>();
        for (TariffVersion version : versions) {
            byVersion.add(new ScenarioRunner(clockOn(version)).run(ruleBase, scenarios));
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            if (scenario.request() != null && scenario.request().hasNonNull("asOf")) {
                results.add(byVersion.get(0).get(i));
                continue;
            }
            List<String> differences = new ArrayList<>();
            for (int v = 0; v < versions.size(); v++) {
                String version = versions.get(v).version();
                byVersion.get(v).get(i).differences().forEach(difference -> differences.add("in version " + version + ": " + difference));
            }
            results.add(new ScenarioResult(scenario, differences));
        }
        return results;
    }

    /** The gate's clock moved to a day the version is in force, keeping its time of day. */
    private Clock clockOn(TariffVersion version) {
        LocalDate today = JapanTime.today(clock);
        LocalDate day = version.inForceOn(today) ? today
                : today.isBefore(version.inForceFrom()) ? version.inForceFrom() : version.inForceUntil();
        return Clock.offset(clock, Duration.ofDays(today.until(day, ChronoUnit.DAYS)));
    }
}
