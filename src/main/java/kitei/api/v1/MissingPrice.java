package kitei.api.v1;

import com.fasterxml.jackson.annotation.JsonInclude;

import kitei.prices.PriceKind;
import kitei.tariff.ContractType;
import kitei.tariff.OptionService;
import kitei.tariff.VpdnItem;

/** A price in neither the quote nor the price list (App1): what it is for, where the request asks for it, and why. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissingPrice(PriceKind kind, ContractType contractType, VpdnItem item, OptionService option,
                           String changeItem, String pointer, String message) {
}
