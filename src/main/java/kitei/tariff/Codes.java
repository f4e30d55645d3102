package kitei.tariff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every code an answer may carry (spec/API.md), known once: its kind, the clause that gives it
 * (ARTICLES.md), and what it concerns. The rules, the gate, the OpenAPI description and the coverage
 * report all read it from here. A code is part of the HTTP contract: a new one is a contract change,
 * made by the developers in spec/API.md, the clause map and this catalogue, never by a table edit.
 */
public final class Codes {

    /** Where an answer carries the code: the schema of spec/API.md and openapi.yaml. */
    public enum Kind {
        VIOLATION("Violation"),
        CONFLICT("Conflict"),
        PENDING_ACTION("PendingAction"),
        WARNING("Warning"),
        CHANGE_VIOLATION("ChangeViolation");

        private final String schema;

        Kind(String schema) {
            this.schema = schema;
        }

        public String schema() {
            return schema;
        }
    }

    /**
     * One code. {@code concerns} says in words what it is about; {@code subjects}, for a code a table row
     * gives, are the services, items and set-up flags that row's conditions must name, no more and no
     * fewer (empty for a code only a DRL rule gives).
     */
    public record Code(String code, Kind kind, String clause, String concerns, Set<String> subjects) {

        public boolean givenByTables() {
            return !subjects.isEmpty();
        }
    }

    /**
     * How a code IIJ designates under A5.6.7 is written: the one open list of the contract (a pending
     * action), described by this pattern in openapi.yaml.
     */
    public static final Pattern DESIGNATED_CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private static final Map<String, Code> BY_CODE = new LinkedHashMap<>();

    static {
        rule("VPDN_ITEM_REQUIRED", Kind.VIOLATION, "A2", "a VPDN contract that names no item");
        rule("USAGE_CONDITION_NOT_MET", Kind.VIOLATION, "A5.1", "a portfolio without the contracts the conditions of use require");
        rule("CLIENT_TERMINAL_REQUIRED", Kind.VIOLATION, "A5.2", "a CLIENT contract that lists no terminal");
        rule("TERMINAL_NOT_SINGLE_ADDRESS", Kind.VIOLATION, "A5.2", "a CLIENT terminal written as a range or prefix");
        rule("DUPLICATE_TERMINAL", Kind.VIOLATION, "A5.2", "a CLIENT terminal listed twice");
        table("TYPE_D_PREREQUISITE", Kind.VIOLATION, "A5.3", "VPDN item TYPE_D without IIJ Mobile Service Type D",
                "VPDN_TYPE_D", "MOBILE_TYPE_D");
        table("TYPE_K_PREREQUISITE", Kind.VIOLATION, "A5.4", "VPDN item TYPE_K without IIJ Mobile Service Type K",
                "VPDN_TYPE_K", "MOBILE_TYPE_K");
        table("TYPE_I_PREREQUISITE", Kind.VIOLATION, "A5.5", "VPDN item TYPE_I without IIJ Mobile Service Type I",
                "VPDN_TYPE_I", "MOBILE_TYPE_I");
        rule("LOAD_BALANCING_REQUIRES_VPDN", Kind.VIOLATION, "A8.2", "the load-balancing option on a contract other than VPDN");
        rule("DUPLICATE_CONTRACT_TYPE", Kind.CONFLICT, "A4", "a second contract of one type");
        table("PROXY_GROUP_EXCLUSIVE", Kind.CONFLICT, "A6", "PROXY and GROUP used together", "PROXY", "GROUP");
        table("TYPE_I_PRIVATE_GATEWAY", Kind.CONFLICT, "A14.3",
                "VPDN TYPE_I with IIJ Mobile Service Type I, and the Large-Scale Private Gateway",
                "VPDN_TYPE_I", "MOBILE_TYPE_I", "LARGE_SCALE_PRIVATE_GATEWAY");
        table("TYPE_K_PRIVATE_GATEWAY", Kind.CONFLICT, "A14.4",
                "VPDN TYPE_K with IIJ Mobile Service Type K, and the Large-Scale Private Gateway",
                "VPDN_TYPE_K", "MOBILE_TYPE_K", "LARGE_SCALE_PRIVATE_GATEWAY");
        table("REALM", Kind.PENDING_ACTION, "A5.6.1", "the realms every customer designates",
                "CLIENT", "VPDN", "PROXY", "GROUP", "realms");
        table("CLIENT_TERMINAL_SETUP", Kind.PENDING_ACTION, "A5.6.2", "the CLIENT terminals' set-up",
                "CLIENT", "clientTerminalsConfigured");
        table("VPDN_TERMINATOR_SETUP", Kind.PENDING_ACTION, "A5.6.3", "the set-up of the device that terminates the VPDN",
                "VPDN", "vpdnTerminatorsConfigured");
        table("VPDN_TERMINAL_SETUP", Kind.PENDING_ACTION, "A5.6.4", "the VPDN terminals' set-up",
                "VPDN", "vpdnTerminalsConfigured");
        table("PROXY_TARGET_SETUP", Kind.PENDING_ACTION, "A5.6.5", "the set-up of the PROXY's forwarding target",
                "PROXY", "proxyTargetsConfigured");
        table("GROUP_REGISTRATION_INFO", Kind.PENDING_ACTION, "A5.6.6", "the GROUP registration information given to IIJ",
                "GROUP", "groupRegistrationInfoProvided");
        rule("LOAD_BALANCING_SINGLE_TERMINATOR", Kind.WARNING, "A8.2", "load balancing with fewer than two terminating devices");
        rule("CHANGE_NOT_DESIGNATED", Kind.CHANGE_VIOLATION, "A7", "a change of an item IIJ has not designated");
        rule("NO_SUCH_CONTRACT", Kind.CHANGE_VIOLATION, "A7", "a change of a contract the customer does not hold");
    }

    private Codes() {
    }

    private static void rule(String code, Kind kind, String clause, String concerns) {
        BY_CODE.put(code, new Code(code, kind, clause, concerns, Set.of()));
    }

    private static void table(String code, Kind kind, String clause, String concerns, String... subjects) {
        BY_CODE.put(code, new Code(code, kind, clause, concerns, Set.of(subjects)));
    }

    public static Optional<Code> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static List<Code> all() {
        return List.copyOf(BY_CODE.values());
    }

    public static List<Code> of(Kind kind) {
        return BY_CODE.values().stream().filter(c -> c.kind() == kind).toList();
    }
}
