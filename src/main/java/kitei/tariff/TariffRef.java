package kitei.tariff;

/** Which tariff text and which rule base answered: carried by every decision. */
public record TariffRef(String id, String version, String rulebase) {
}
