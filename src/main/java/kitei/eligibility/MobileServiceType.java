package kitei.eligibility;

import kitei.input.Described;

/** IIJ Mobile Service types that VPDN items presuppose (A2, A5.3–A5.5); not part of this tariff. */
@Described("mobile service")
public enum MobileServiceType {
    TYPE_D,
    TYPE_K,
    TYPE_I
}
