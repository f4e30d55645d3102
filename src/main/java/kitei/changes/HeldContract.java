package kitei.changes;

import kitei.tariff.ContractType;

/** A contract the customer already holds, the only kind a change can be made to (A7). */
public record HeldContract(String pointer, ContractType type) {
}
