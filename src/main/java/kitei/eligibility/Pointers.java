package kitei.eligibility;

import java.util.Comparator;

/** JSON pointers compared in document order: segment by segment, array indexes as numbers. */
public final class Pointers {

    public static final Comparator<String> DOCUMENT_ORDER = Pointers::compare;

    private Pointers() {
    }

    private static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = segmentEnd(a, i);
            int endB = segmentEnd(b, j);
            int order = compareSegment(a.substring(i, endA), b.substring(j, endB));
            if (order != 0) {
                return order;
            }
            i = endA + 1;
            j = endB + 1;
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int segmentEnd(String pointer, int from) {
        int slash = pointer.indexOf('/', from);
        return slash < 0 ? pointer.length() : slash;
    }

    private static int compareSegment(String a, String b) {
        boolean numbers = isIndex(a) && isIndex(b);
        return numbers ? Long.compare(Long.parseLong(a), Long.parseLong(b)) : a.compareTo(b);
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty() || segment.length() > 18) {
            return false;
        }
        for (int k = 0; k < segment.length(); k++) {
            if (segment.charAt(k) < '0' || segment.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
