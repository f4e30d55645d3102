package kitei.tariff;

import java.time.LocalDate;

import kitei.engine.Conclusion;

/** A text of the tariff that the rule base encodes, and the day from which it is in force (SP). */
public record TariffText(String id, String version, LocalDate inForceFrom) implements Conclusion {

    public static TariffText of(String id, String inForceFrom) {
        return new TariffText(id, inForceFrom, LocalDate.parse(inForceFrom));
    }

    @Override
    public String effect() {
        return "tariff " + id + " text of " + version + " in force from " + inForceFrom;
    }
}
