package kitei.prices;

/** 初期費用 / 月額費用 / 一時費用 (App1.1, App1.2, App1.3). */
public enum PriceKind {
    INITIAL,
    MONTHLY,
    ONE_TIME
}
