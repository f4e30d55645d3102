package kitei.eligibility;

import java.util.List;

import kitei.engine.Conclusion;

/**
 * A violation, conflict, pending action or warning a rule found. Its clause is the clause of the
 * rule that found it, which the engine knows; a finding does not repeat it.
 */
public record Finding(FindingKind kind, String code, List<String> subjects, String message, List<String> remedies)
        implements Conclusion {

    public Finding {
        subjects = subjects.stream().sorted(Pointers.DOCUMENT_ORDER).toList();
        remedies = List.copyOf(remedies);
    }

    public static Finding violation(String code, String subject, String message, String remedy) {
        return new Finding(FindingKind.VIOLATION, code, List.of(subject), message, List.of(remedy));
    }

    public static Finding conflict(String code, String one, String other, String message, String remedy) {
        return new Finding(FindingKind.CONFLICT, code, List.of(one, other), message, List.of(remedy));
    }

    public static Finding pending(String code, String message) {
        return new Finding(FindingKind.PENDING_ACTION, code, List.of(), message, List.of());
    }

    public static Finding warning(String code, String subject, String message) {
        return new Finding(FindingKind.WARNING, code, List.of(subject), message, List.of());
    }

    @Override
    public String effect() {
        String kindName = kind.name().toLowerCase().replace('_', ' ');
        return kindName + " " + code + (subjects.isEmpty() ? "" : " at " + String.join(" and ", subjects));
    }
}
