package kitei.outage;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Request;
import kitei.input.Input;
import kitei.input.Problems;

/** Reads a {@code POST /v1/outage-credit} body into the one {@link Outage} fact. Reading decides nothing. */
public record OutageRequest(LocalDate asOf, Outage outage) implements Request {

    public static OutageRequest read(JsonNode body) {
        Problems problems = new Problems();
        Input root = Input.root(body, problems);
        root.allowOnly("asOf", "monthlyFee", "providerAtFault", "knownAt", "restoredAt", "claimDate");
        LocalDate asOf = root.date("asOf", false);
        Long monthlyFee = root.yen("monthlyFee", true);
        if (root.isObject() && !root.has("providerAtFault")) {
            root.problem("providerAtFault", "missing required field 'providerAtFault'");
        }
        boolean providerAtFault = root.flag("providerAtFault");
        OffsetDateTime knownAt = root.timestamp("knownAt", true);
        OffsetDateTime restoredAt = root.timestamp("restoredAt", true);
        LocalDate claimDate = root.date("claimDate", false);
        if (knownAt != null && restoredAt != null && restoredAt.isBefore(knownAt)) {
            root.problem("restoredAt", "restoredAt " + restoredAt + " is before knownAt " + knownAt
                    + "; the service is restored after IIJ learned of the outage");
        }
        problems.throwIfAny();
        return new OutageRequest(asOf, new Outage(knownAt, restoredAt, providerAtFault, monthlyFee, claimDate));
    }

    public List<Object> facts() {
        return List.of(outage);
    }
}
