package kitei.eligibility;

import kitei.tariff.VpdnItem;

/** One item named on a VPDN contract (A2). */
public record ContractItem(String pointer, String contractPointer, VpdnItem item) implements Usage {

    @Override
    public String service() {
        return "VPDN_" + item.name();
    }

    @Override
    public String qualifier() {
        return null;
    }
}
