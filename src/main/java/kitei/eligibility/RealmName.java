package kitei.eligibility;

/**
 * Whether a realm is a valid realm name in the sense of A5.6.1's house reading (RFC 7542): two or
 * more dot-separated labels of letters, digits and hyphens, no hyphen at either end of a label,
 * at most 253 characters.
 */
public final class RealmName {

    private static final int MAXIMUM_LENGTH = 253;

    private RealmName() {
    }

    public static boolean isValid(String realm) {
        if (realm == null || realm.isEmpty() || realm.length() > MAXIMUM_LENGTH) {
            return false;
        }
        int labels = 0;
        int start = 0;
        while (start <= realm.length()) {
            int end = realm.indexOf('.', start);
            if (end < 0) {
                end = realm.length();
            }
            if (!isLabel(realm, start, end)) {
                return false;
            }
            labels++;
            start = end + 1;
        }
        return labels >= 2;
    }

    /** Letters, digits and hyphens, at least one character, no hyphen at either end. */
    private static boolean isLabel(String realm, int start, int end) {
        if (end <= start || realm.charAt(start) == '-' || realm.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = realm.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
