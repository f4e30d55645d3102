package kitei.eligibility;

/**
 * Something the customer uses after the order, in the words of the conflict table: a contract
 * ({@code PROXY}), a VPDN item ({@code VPDN_TYPE_K}), a mobile service ({@code MOBILE_TYPE_I} with
 * qualifier {@code III}) or the private gateway.
 */
public interface Usage {

    String service();

    /** The item category, plan or network type of a mobile service; null for anything else. */
    String qualifier();

    String pointer();
}
