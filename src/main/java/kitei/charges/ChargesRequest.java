package kitei.charges;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.Request;
import kitei.input.Input;
import kitei.input.Problems;
import kitei.prices.PriceKind;
import kitei.prices.PriceNeeded;
import kitei.prices.Priced;
import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.VpdnItem;

/**
 * Reads a {@code POST /v1/charges} body into the fees the schedule asks for (App1.1, App1.2), in
 * request order: a contract's fees and items, an option's prices. Reading decides nothing: whether a
 * contract is priced as a whole or item by item, and which amount applies, are the rules'.
 */
public record ChargesRequest(LocalDate asOf, List<Object> facts) implements Request {

    private static final List<PriceKind> KINDS = List.of(PriceKind.INITIAL, PriceKind.MONTHLY);

    public static ChargesRequest read(JsonNode body) {
        Problems problems = new Problems();
        Input root = Input.root(body, problems);
        root.allowOnly("asOf", "acceptedDate", "billingStartDate", "contracts", "options");
        LocalDate asOf = root.date("asOf", false);
        LocalDate accepted = root.date("acceptedDate", true);
        LocalDate billingStart = root.date("billingStartDate", true);
        List<Object> facts = new ArrayList<>();
        List<Input> contracts = root.objects("contracts", false);
        List<Input> options = root.objects("options", false);
        if (root.isObject() && contracts.isEmpty() && options.isEmpty()) {
            root.problem("contracts", "name at least one contract or option to charge");
        }
        int position = 0;
        for (Input contract : contracts) {
            position = readContract(contract, position, facts);
        }
        for (Input option : options) {
            option.allowOnly("option", "quote");
            OptionService service = option.enumValue("option", OptionService.class, true);
            Quote quote = Quote.read(option);
            if (service != null) {
                for (PriceKind kind : KINDS) {
                    facts.add(PriceNeeded.of(kind, Priced.option(service), option.pointer(), position++, quote.of(kind)));
                }
            }
        }
        problems.throwIfAny();
        facts.add(new ChargeOrder(accepted, billingStart));
        return new ChargesRequest(asOf, facts);
    }

    /** Reads a contract's fees and items; returns the next free position, past the room its items may take. */
    private static int readContract(Input contract, int position, List<Object> facts) {
        contract.allowOnly("type", "accounts", "terminals", "targets", "items", "terminators", "quote");
        ContractType type = contract.enumValue("type", ContractType.class, true);
        contract.integer("accounts", 1, false);
        contract.integer("terminators", 0, false);
        List<VpdnItem> items = contract.enumValues("items", VpdnItem.class);
        // An empty list names no item: generated clients send one for every contract.
        if (type != null && type != ContractType.VPDN && !items.isEmpty()) {
            contract.problem("items", "'items' belongs to VPDN contracts only, not to " + type);
        }
        Quote quote = Quote.read(contract);
        if (type == null) {
            return position;
        }
        String pointer = contract.pointer();
        for (int i = 0; i < items.size(); i++) {
            facts.add(new ChargedItem(pointer, items.get(i), i, contract.pointer("items") + "/" + i));
        }
        int next = position;
        for (PriceKind kind : KINDS) {
            facts.add(new ContractFee(kind, type, pointer, next, quote.of(kind)));
            next += 1 + items.size();
        }
        return next;
    }

    /** A quote: the amounts shown to this customer, any of which may be absent. */
    private record Quote(Long initial, Long monthly) {

        static Quote read(Input owner) {
            Input quote = owner.object("quote", false);
            quote.allowOnly("initial", "monthly");
            return new Quote(quote.yen("initial", false), quote.yen("monthly", false));
        }

        Long of(PriceKind kind) {
            return kind == PriceKind.INITIAL ? initial : monthly;
        }
    }
}
