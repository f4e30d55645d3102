package kitei.cancellation;

import kitei.input.Described;

/** What is cancelled: a contract (A9, A3, A11.1) or an option (A8.4, A8.3, A11.2). */
@Described("subject")
public enum Subject {
    CONTRACT,
    OPTION
}
