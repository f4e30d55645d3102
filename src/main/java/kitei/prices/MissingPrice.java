package kitei.prices;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import kitei.engine.Conclusion;

/** A price in neither the quote nor the price list: named in {@code missingPrices}, never guessed (App1). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MissingPrice(@JsonIgnore PriceNeeded need, PriceKind kind, @JsonUnwrapped Priced what, String pointer,
                           String message) implements Conclusion {

    public static MissingPrice of(PriceNeeded need) {
        return new MissingPrice(need, need.kind(), need.what(), need.pointer(),
                "no " + need.kind() + " price for " + need.key() + ": the request quotes none and the price list has no row for it");
    }

    @Override
    public String effect() {
        return "missing price " + need.describe();
    }
}
