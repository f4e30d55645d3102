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
 * Reads a {@code POST /v1/charges} body into the prices the schedule needs (App1.1, App1.2), in
 * request order. A quote covers its contract or option as a whole; without one, VPDN is priced per
 * item, as the price list keeps it. Reading decides nothing: which amount applies is the rules'.
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
        for (Input contract : contracts) {
            readContract(contract, facts);
        }
        for (Input option : options) {
            option.allowOnly("option", "quote");
            OptionService service = option.enumValue("option", OptionService.class, true);
            Quote quote = Quote.read(option);
            if (service != null) {
                for (PriceKind kind : KINDS) {
                    facts.add(PriceNeeded.of(kind, Priced.option(service), option.pointer(), facts.size(), quote.of(kind)));
                }
            }
        }
        problems.throwIfAny();
        facts.add(new ChargeOrder(accepted, billingStart));
        return new ChargesRequest(asOf, facts);
    }

    private static void readContract(Input contract, List<Object> facts) {
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
            return;
        }
        for (PriceKind kind : KINDS) {
            Long quoted = quote.of(kind);
            if (quoted == null && type == ContractType.VPDN && !items.isEmpty()) {
                for (int i = 0; i < items.size(); i++) {
                    facts.add(PriceNeeded.of(kind, Priced.item(type, items.get(i)), contract.pointer("items") + "/" + i,
                            facts.size(), null));
                }
            } else {
                facts.add(PriceNeeded.of(kind, Priced.contract(type), contract.pointer(), facts.size(), quoted));
            }
        }
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
