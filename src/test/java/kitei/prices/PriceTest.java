package kitei.prices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import kitei.tariff.ContractType;

class PriceTest {

    private static final PriceNeeded GROUP_MONTHLY = PriceNeeded.of(PriceKind.MONTHLY, Priced.contract(ContractType.GROUP), "/contracts/0", 0, null);

    @Test
    void takesAQuoteAsItIs() {
        PriceNeeded quoted = PriceNeeded.of(PriceKind.MONTHLY, Priced.contract(ContractType.GROUP), "/contracts/0", 0, 25000L);
        Price price = Price.quoted(quoted);
        assertEquals(25000, price.amount());
        assertEquals(PriceSource.QUOTE, price.source());
        assertEquals("MONTHLY GROUP = 25000 yen, quoted", price.effect());
    }

    @Test
    void readsAPriceListAmountAsTheAnalystTypedIt() {
        assertEquals(30000, Price.listed(GROUP_MONTHLY, "30000", "SAMPLE").amount());
        assertEquals(30000, Price.listed(GROUP_MONTHLY, "30000.0", "SAMPLE").amount());
        assertEquals("MONTHLY GROUP = 30000 yen, price list (SAMPLE)", Price.listed(GROUP_MONTHLY, "30000", "SAMPLE").effect());
    }

    @Test
    void refusesAPriceListAmountThatIsNotWholeYen() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Price.listed(GROUP_MONTHLY, "299.5", ""));
        assertEquals("price list: MONTHLY GROUP is not whole yen: 299.5", refused.getMessage());
    }

    @Test
    void refusesANegativePrice() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Price.listed(GROUP_MONTHLY, "-1", ""));
        assertEquals("a price cannot be negative: MONTHLY GROUP = -1", refused.getMessage());
    }
}
