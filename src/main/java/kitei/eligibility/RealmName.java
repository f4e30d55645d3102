package kitei.eligibility;

import java.util.regex.Pattern;

/**
 * Whether a realm is a valid realm name in the sense of A5.6.1's house reading (RFC 7542): two or
 * more dot-separated labels of letters, digits and hyphens, no hyphen at either end of a label,
 * at most 253 characters.
 */
public final class RealmName {

    private static final int MAXIMUM_LENGTH = 253;
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?");

    private RealmName() {
    }

    public static boolean isValid(String realm) {
        if (realm == null || realm.isEmpty() || realm.length() > MAXIMUM_LENGTH) {
            return false;
        }
        String[] labels = realm.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
