package kitei.coverage;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.tariff.TariffVersion;

/** A loaded version with the days it is in force, and the coverage of its own rules and table rows. */
public record VersionCoverage(String version, LocalDate inForceFrom,
                              @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate inForceUntil, String tables, Coverage coverage) {

    public static VersionCoverage of(TariffVersion version, Coverage coverage) {
        return new VersionCoverage(version.version(), version.inForceFrom(), version.inForceUntil(), version.tables(), coverage);
    }
}
