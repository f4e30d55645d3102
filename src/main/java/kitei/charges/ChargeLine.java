package kitei.charges;

import java.time.LocalDate;

import kitei.engine.Conclusion;
import kitei.prices.Price;
import kitei.prices.PriceKind;
import kitei.prices.PriceSource;
import kitei.prices.Priced;

/** One line of a charge schedule (A10): a fee of a kind, for what, its amount and the day its duty arises. */
public record ChargeLine(PriceKind kind, Priced what, long amount, LocalDate dueFrom, PriceSource priceSource, int position)
        implements Conclusion {

    public static ChargeLine of(Price price, LocalDate dueFrom) {
        return new ChargeLine(price.kind(), price.need().what(), price.amount(), dueFrom, price.source(),
                price.need().position());
    }

    @Override
    public String effect() {
        return kind + " " + what.key() + " " + amount + " yen due from " + dueFrom;
    }
}
