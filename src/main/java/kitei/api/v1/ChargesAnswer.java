package kitei.api.v1;

import java.util.List;

import kitei.decision.Answer;
import kitei.tariff.TariffRef;

/** The answer of {@code POST /v1/charges}. */
public record ChargesAnswer(String decisionId, List<ChargeLine> lines, List<MissingPrice> missingPrices, TariffRef tariff,
                            List<TraceEntry> trace) implements Answer {
}
