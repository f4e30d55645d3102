package kitei.prices;

import kitei.engine.Conclusion;

/** A price in neither the quote nor the price list: named in {@code missingPrices}, never guessed (App1). */
public record MissingPrice(PriceNeeded need, PriceKind kind, Priced what, String pointer, String message) implements Conclusion {

    public static MissingPrice of(PriceNeeded need) {
        return new MissingPrice(need, need.kind(), need.what(), need.pointer(),
                "no " + need.kind() + " price for " + need.key() + ": the request quotes none and the price list has no row for it");
    }

    @Override
    public String effect() {
        return "missing price " + need.describe();
    }
}
