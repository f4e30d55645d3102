package kitei.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Request;
import kitei.input.Input;
import kitei.input.Problems;
import kitei.tariff.ContractType;

/** Reads a {@code POST /v1/changes} body: the contracts held and the change asked for. Reading decides nothing. */
public record ChangesRequest(LocalDate asOf, List<Object> facts) implements Request {

    public static ChangesRequest read(JsonNode body) {
        Problems problems = new Problems();
        Input root = Input.root(body, problems);
        root.allowOnly("asOf", "customer", "change", "oneTimeFee");
        LocalDate asOf = root.date("asOf", false);
        List<Object> facts = new ArrayList<>();
        Input customer = root.object("customer", true);
        customer.allowOnly("contracts");
        for (Input contract : customer.objects("contracts", false)) {
            contract.allowOnly("type", "accounts", "terminals", "targets", "items", "terminators", "options");
            contract.integer("accounts", 1, false);
            ContractType type = contract.enumValue("type", ContractType.class, true);
            if (type != null) {
                facts.add(new HeldContract(contract.pointer(), type));
            }
        }
        Input change = root.object("change", true);
        change.allowOnly("item", "contractType", "newValue", "acceptedDate");
        String item = change.text("item", true);
        if (item != null && item.isBlank()) {
            change.problem("item", "expected the name of a change item, like GROUP_ACCOUNT_COUNT");
        }
        ContractType contractType = change.enumValue("contractType", ContractType.class, true);
        Integer newValue = change.integer("newValue", 0, false);
        LocalDate accepted = change.date("acceptedDate", true);
        Long oneTimeFee = root.yen("oneTimeFee", false);
        problems.throwIfAny();
        facts.add(new Change(change.pointer(), item, contractType, newValue, accepted, oneTimeFee));
        return new ChangesRequest(asOf, facts);
    }
}
