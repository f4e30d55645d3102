package kitei.changes;

import java.time.LocalDate;

import kitei.tariff.ContractType;

/**
 * The change asked for (A7): which item, of which contract type, its new value if any, the day IIJ
 * accepted the application (when the one-time fee's duty arises, A10), and the quoted fee if any.
 */
public record Change(String pointer, String item, ContractType contractType, Integer newValue, LocalDate acceptedDate,
                     Long oneTimeFee) {
}
