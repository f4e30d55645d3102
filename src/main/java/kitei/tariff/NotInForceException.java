package kitei.tariff;

import java.time.LocalDate;
import java.util.List;

/** Raised when a decision is asked as of a day no loaded tariff text covers; answered with 422. */
public final class NotInForceException extends RuntimeException {

    private final LocalDate asOf;
    private final List<String> loadedVersions;

    public NotInForceException(LocalDate asOf, List<String> loadedVersions) {
        super("no loaded tariff text is in force on " + asOf + "; loaded: " + String.join(", ", loadedVersions));
        this.asOf = asOf;
        this.loadedVersions = List.copyOf(loadedVersions);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public List<String> loadedVersions() {
        return loadedVersions;
    }
}
