package kitei.tariff;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import kitei.engine.Conclusion;

/** A text of the tariff that the rule base encodes, and the day from which it is in force (SP). */
public record TariffText(String id, String version, LocalDate inForceFrom) implements Conclusion {

    /** The rules declare the text on every decision: the same few values, read once. */
    private static final Map<String, TariffText> DECLARED = new ConcurrentHashMap<>();

    public static TariffText of(String id, String inForceFrom) {
        return DECLARED.computeIfAbsent(id + " " + inForceFrom, key -> new TariffText(id, inForceFrom, LocalDate.parse(inForceFrom)));
    }

    @Override
    public String effect() {
        return "tariff " + id + " text of " + version + " in force from " + inForceFrom;
    }
}
