package kitei.eligibility;

import kitei.input.Described;

/** ネットワークタイプ区分 of Mobile Type I. */
@Described("network type")
public enum NetworkType {
    I,
    II,
    III
}
