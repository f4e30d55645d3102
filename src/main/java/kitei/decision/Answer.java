package kitei.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;

import kitei.tariff.TariffRef;

/** What every decision answers with: its id, the text and rule base that made it, and an outcome to count it under. */
public interface Answer {

    String decisionId();

    TariffRef tariff();

    /** The label the decision is counted under in the metrics: its verdict, or what it came to. */
    @JsonIgnore
    default String outcome() {
        return "ANSWERED";
    }
}
