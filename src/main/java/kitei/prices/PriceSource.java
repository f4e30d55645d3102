package kitei.prices;

/** Where an amount came from: the request's quote always wins over the analysts' price list (App1). */
public enum PriceSource {
    QUOTE,
    PRICE_LIST
}
