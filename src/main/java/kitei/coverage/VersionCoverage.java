package kitei.coverage;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.check.Scenario;
import kitei.decision.Asking;
import kitei.engine.RuleBase;
import kitei.tariff.TariffVersion;

/** A loaded version with the days it is in force, and the coverage of its own rules and table rows. */
public record VersionCoverage(String version, LocalDate inForceFrom,
                              @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate inForceUntil, String tables, Coverage coverage) {

    public static VersionCoverage of(TariffVersion version, Coverage coverage) {
        return new VersionCoverage(version.version(), version.inForceFrom(), version.inForceUntil(), version.tables(), coverage);
    }

    /** Every version of {@code ruleBase}, each with the coverage of the rules and rows in force from its first day. */
    public static List<VersionCoverage> each(RuleBase ruleBase, Asking asking, List<CaseRef> cases, List<Scenario> scenarios) {
        return asking.versions(ruleBase).stream().map(version -> of(version,
                Coverage.of(ruleBase.inForceOn(version.inForceFrom()).rules(), cases, scenarios))).toList();
    }
}
