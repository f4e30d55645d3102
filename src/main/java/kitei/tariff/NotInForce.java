package kitei.tariff;

import java.time.LocalDate;

import kitei.engine.Conclusion;

/** The decision was asked as of a day before any loaded text was in force (SP): it is refused, not guessed. */
public record NotInForce(LocalDate asOf) implements Conclusion {

    @Override
    public String effect() {
        return "no loaded text is in force on " + asOf;
    }
}
