package kitei.tariff;

import kitei.input.Described;

/** 品目 of VPDN (A2). */
@Described("item")
public enum VpdnItem {
    TYPE_D,
    TYPE_K,
    TYPE_I
}
