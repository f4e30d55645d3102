package kitei.charges;

import kitei.tariff.VpdnItem;

/** An item a VPDN contract of a charge schedule names (A2), the {@code index}-th of the contract at {@code contractPointer}. */
public record ChargedItem(String contractPointer, VpdnItem item, int index, String pointer) {
}
