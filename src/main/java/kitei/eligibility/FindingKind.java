package kitei.eligibility;

public enum FindingKind {
    VIOLATION,
    CONFLICT,
    PENDING_ACTION,
    WARNING
}
