package kitei.tariff;

/** The questions kitei answers, one endpoint each. */
public enum DecisionKind {
    ELIGIBILITY,
    CANCELLATION,
    OUTAGE_CREDIT,
    CHANGES,
    CHARGES
}
