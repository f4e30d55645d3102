package kitei.tariff;

import kitei.input.Described;

/** 種類 (A1): one contract per type (A4). */
@Described("type")
public enum ContractType {
    CLIENT,
    VPDN,
    PROXY,
    GROUP
}
