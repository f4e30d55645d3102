package kitei.prices;

import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.VpdnItem;

/**
 * What a price is for: a contract of a type, one VPDN item of it, an option, or a change item (A7).
 * Its {@link #key()} is how the price list names it: {@code GROUP}, {@code VPDN/TYPE_D},
 * {@code LOAD_BALANCING}, {@code GROUP_ACCOUNT_COUNT}.
 */
public record Priced(ContractType contractType, VpdnItem item, OptionService option, String changeItem) {

    public static Priced contract(ContractType type) {
        return new Priced(type, null, null, null);
    }

    public static Priced item(ContractType type, VpdnItem item) {
        return new Priced(type, item, null, null);
    }

    public static Priced option(OptionService option) {
        return new Priced(null, null, option, null);
    }

    public static Priced change(ContractType type, String changeItem) {
        return new Priced(type, null, null, changeItem);
    }

    public String key() {
        if (changeItem != null) {
            return changeItem;
        }
        if (option != null) {
            return option.name();
        }
        return item == null ? contractType.name() : contractType.name() + "/" + item.name();
    }
}
