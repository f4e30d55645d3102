package kitei.charges;

import kitei.prices.PriceKind;
import kitei.prices.PriceNeeded;
import kitei.prices.Priced;
import kitei.tariff.ContractType;

/**
 * A fee of one kind that a charge schedule asks for a contract (App1.1, App1.2), with the request's
 * quote if it gave one. Whether it is priced for the contract as a whole or item by item is the
 * rules' to say. {@code position} keeps request order, with room after it for the contract's items.
 */
public record ContractFee(PriceKind kind, ContractType type, String pointer, int position, Long quote) {

    public PriceNeeded asWhole() {
        return PriceNeeded.of(kind, Priced.contract(type), pointer, position, quote);
    }

    public PriceNeeded forItem(ChargedItem item) {
        if (!item.contractPointer().equals(pointer)) {
            throw new IllegalArgumentException("item " + item.pointer() + " is not an item of the contract at " + pointer);
        }
        return PriceNeeded.of(kind, Priced.item(type, item.item()), item.pointer(), position + 1 + item.index(), null);
    }
}
