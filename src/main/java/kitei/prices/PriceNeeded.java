package kitei.prices;

import kitei.engine.Conclusion;

/**
 * A price a decision needs: which kind, for what, the request's quote if it gave one. {@code key}
 * is {@link Priced#key()}, kept as a field for the price-list table to match on; {@code position}
 * keeps lines in request order.
 */
public record PriceNeeded(PriceKind kind, String key, Priced what, String pointer, int position, Long quote)
        implements Conclusion {

    public static PriceNeeded of(PriceKind kind, Priced what, String pointer, int position, Long quote) {
        return new PriceNeeded(kind, what.key(), what, pointer, position, quote);
    }

    public String describe() {
        return kind + " " + key;
    }

    @Override
    public String effect() {
        return "needs the " + describe() + " price" + (quote == null ? "" : " (quoted " + quote + " yen)");
    }
}
