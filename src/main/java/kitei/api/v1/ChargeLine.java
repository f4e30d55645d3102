package kitei.api.v1;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.prices.PriceKind;
import kitei.prices.PriceSource;
import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.VpdnItem;

/** A line of a charge schedule: what is charged, how much, from when (A10), and where the amount came from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChargeLine(PriceKind kind, ContractType contractType, VpdnItem item, OptionService option,
                         String changeItem, long amount, LocalDate dueFrom, String clause, PriceSource priceSource) {
}
