package kitei.changes;

import kitei.engine.Conclusion;
import kitei.tariff.ContractType;

/** A change item IIJ designates for a contract type (A7; decision-tables/change-items.xlsx). */
public record DesignatedChange(String item, ContractType contractType, String description) implements Conclusion {

    @Override
    public String effect() {
        return item + " of a " + contractType + " contract is a designated change";
    }
}
