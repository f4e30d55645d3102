package kitei.check;

import java.util.List;

/** How a scenario went: passed, or the differences between what it expects and what the rules answered. */
public record ScenarioResult(Scenario scenario, List<String> differences) {

    public boolean passed() {
        return differences.isEmpty();
    }

    @Override
    public String toString() {
        return (passed() ? "pass " : "FAIL ") + scenario.where() + " " + scenario.name()
                + (passed() ? "" : ": " + String.join("; ", differences));
    }
}
