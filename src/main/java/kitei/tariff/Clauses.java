package kitei.tariff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every clause id of the tariff (ARTICLES.md), in the order of the text, with whether the engine must
 * decide something from it. Rules, table rows, cases and scenarios cite these ids; an id not here is a typo.
 */
public final class Clauses {

    /**
     * A clause of the tariff: its id, a short title, whether a rule or row must encode it, and, for a
     * clause decided when the request is read rather than by a rule, where that is ({@code decidedAtInput}).
     */
    public record Clause(String id, String title, boolean decisionBearing, String decidedAtInput) {
    }

    private static final Map<String, Clause> BY_ID = new LinkedHashMap<>();

    static {
        // A1 decides the catalogue of types: an unknown type is bad input (400), never a verdict, so the
        // request reader decides it against ContractType before any rule runs.
        BY_ID.put("A1", new Clause("A1", "types of the service", true,
                "the request reader: kitei.tariff.ContractType (an unknown type is answered 400)"));
        bearing("A2", "items of VPDN");
        bearing("A3", "minimum usage period");
        bearing("A4", "one contract per type");
        bearing("A5.1", "conditions of use");
        bearing("A5.2", "one CLIENT application per terminal");
        bearing("A5.3", "VPDN TYPE_D prerequisite");
        bearing("A5.4", "VPDN TYPE_K prerequisite");
        bearing("A5.5", "VPDN TYPE_I prerequisite");
        bearing("A5.6.1", "customer obligation: realm");
        bearing("A5.6.2", "customer obligation: CLIENT terminals");
        bearing("A5.6.3", "customer obligation: VPDN terminating device");
        bearing("A5.6.4", "customer obligation: VPDN terminals");
        bearing("A5.6.5", "customer obligation: PROXY target");
        bearing("A5.6.6", "customer obligation: GROUP registration information");
        notBearing("A5.6.7", "other obligations IIJ designates (rows analysts may add)");
        bearing("A5.7", "unmet obligations make the order conditional");
        bearing("A6", "PROXY and GROUP are exclusive");
        bearing("A7", "changes to the contract");
        notBearing("A8.1", "options are applied for on IIJ's form");
        bearing("A8.2", "load-balancing option");
        bearing("A8.3", "minimum usage period of an option");
        bearing("A8.4", "when stopping an option takes effect");
        bearing("A9", "when a cancellation takes effect");
        bearing("A10", "fees and when they are owed");
        bearing("A11.1", "early termination of a contract");
        bearing("A11.2", "early termination of an option");
        bearing("A12", "fee reduction for unavailability");
        notBearing("A13", "no warranty");
        notBearing("A14.1", "functions restricted by other services");
        notBearing("A14.2", "sessions and traffic limited for stable operation");
        bearing("A14.3", "VPDN TYPE_I and the Large-Scale Private Gateway conflict");
        bearing("A14.4", "VPDN TYPE_K and the Large-Scale Private Gateway conflict");
        bearing("SP", "supplementary provisions: text in force");
        bearing("App1.1", "initial fee");
        bearing("App1.2", "monthly fee");
        bearing("App1.3", "one-time fee per change");
        bearing("App2.1", "early-termination charge of a contract");
        bearing("App2.2", "early-termination charge of an option");
        bearing("App3", "fee reduction amount");
    }

    private Clauses() {
    }

    private static void bearing(String id, String title) {
        BY_ID.put(id, new Clause(id, title, true, null));
    }

    private static void notBearing(String id, String title) {
        BY_ID.put(id, new Clause(id, title, false, null));
    }

    public static List<Clause> all() {
        return List.copyOf(BY_ID.values());
    }

    public static Optional<Clause> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /**
     * A clause id a rule may cite: a clause of the catalogue, or an article or appendix that has some
     * ({@code A5} for a rule drawn from all of Article 5, {@code App1} for all of Appendix 1).
     */
    public static boolean isKnown(String id) {
        if (id == null || id.isBlank()) {
            return false;
        }
        return BY_ID.containsKey(id) || BY_ID.keySet().stream().anyMatch(known -> known.startsWith(id + "."));
    }

}
