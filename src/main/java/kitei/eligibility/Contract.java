package kitei.eligibility;

import java.util.List;

import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.VpdnItem;

/** A contract in the portfolio after the order: held, or requested. {@code position} orders held before requested. */
public record Contract(String pointer, ContractType type, boolean held, int position,
                       List<VpdnItem> items, int terminators, List<OptionService> options) implements Usage {

    public Contract {
        items = List.copyOf(items);
        options = List.copyOf(options);
    }

    @Override
    public String service() {
        return type.name();
    }

    @Override
    public String qualifier() {
        return null;
    }
}
