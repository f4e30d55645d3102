package kitei.tariff;

import java.time.LocalDate;

/** The fact every decision starts from: what is asked, and as of which day the tariff is read. */
public record Question(DecisionKind kind, LocalDate asOf) {
}
