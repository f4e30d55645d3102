package kitei.decision;

import kitei.engine.Outcome;
import kitei.tariff.TariffRef;

/** A decision the rules made: its id, the text and rule base that made it, and what they concluded. */
public record Decided(String decisionId, TariffRef tariff, Outcome outcome) {
}
