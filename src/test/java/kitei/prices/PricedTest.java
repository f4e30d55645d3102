package kitei.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.VpdnItem;

class PricedTest {

    @Test
    void namesAContractByItsType() {
        assertEquals("GROUP", Priced.contract(ContractType.GROUP).key());
    }

    @Test
    void namesAVpdnItemUnderItsType() {
        assertEquals("VPDN/TYPE_D", Priced.item(ContractType.VPDN, VpdnItem.TYPE_D).key());
    }

    @Test
    void namesAnOptionByItself() {
        assertEquals("LOAD_BALANCING", Priced.option(OptionService.LOAD_BALANCING).key());
    }

    @Test
    void namesAChangeByItsItem() {
        assertEquals("GROUP_ACCOUNT_COUNT", Priced.change(ContractType.GROUP, "GROUP_ACCOUNT_COUNT").key());
    }
}
