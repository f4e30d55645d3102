package kitei.cancellation;

import kitei.input.Described;

/**
 * Why a contract is cancelled. Cancellations under General Regulations art. 28 paragraph 2 or 3 are
 * excepted from the early-termination charge of a contract (A11.1), not of an option (A11.2).
 */
@Described("reason")
public enum Reason {
    CUSTOMER,
    GENERAL_REGULATIONS_28_2,
    GENERAL_REGULATIONS_28_3
}
