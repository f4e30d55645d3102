package kitei.tariff;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A version of the tariff that is loaded: named for the day it is in force from, in force until the
 * day before the next version (open-ended for the last), its tables read from {@code tables}.
 */
public record TariffVersion(String version, LocalDate inForceFrom,
                            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate inForceUntil, String tables) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(inForceFrom) && (inForceUntil == null || !day.isAfter(inForceUntil));
    }
}
