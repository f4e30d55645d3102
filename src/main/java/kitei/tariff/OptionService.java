package kitei.tariff;

import kitei.input.Described;

/** オプションサービス (A8.2). */
@Described("option")
public enum OptionService {
    LOAD_BALANCING
}
