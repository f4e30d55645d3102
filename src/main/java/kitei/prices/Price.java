package kitei.prices;

import java.math.BigDecimal;

import kitei.engine.Conclusion;

/** The amount a needed price has, and where it came from (App1): the quote, or a price-list row. */
public record Price(PriceNeeded need, PriceKind kind, long amount, PriceSource source, String note) implements Conclusion {

    public Price {
        if (amount < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + need.describe() + " = " + amount);
        }
    }

    public static Price quoted(PriceNeeded need) {
        return new Price(need, need.kind(), need.quote(), PriceSource.QUOTE, "");
    }

    /** A price-list row's amount, as the analyst typed it: whole yen, never negative. */
    public static Price listed(PriceNeeded need, String amount, String note) {
        long yen;
        try {
            yen = new BigDecimal(amount.trim()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("price list: " + need.describe() + " is not whole yen: " + amount);
        }
        return new Price(need, need.kind(), yen, PriceSource.PRICE_LIST, note == null ? "" : note.trim());
    }

    @Override
    public String effect() {
        String from = source == PriceSource.QUOTE ? "quoted" : "price list" + (note.isEmpty() ? "" : " (" + note + ")");
        return need.describe() + " = " + amount + " yen, " + from;
    }
}
