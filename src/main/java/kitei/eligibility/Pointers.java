package kitei.eligibility;

import java.util.Comparator;

/** JSON pointers compared in document order: segment by segment, array indexes as numbers. */
final class Pointers {

    static final Comparator<String> DOCUMENT_ORDER = Pointers::compare;

    private Pointers() {
    }

    private static int compare(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int order = compareSegment(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegment(String a, String b) {
        boolean numbers = a.matches("\\d+") && b.matches("\\d+");
        return numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }
}
