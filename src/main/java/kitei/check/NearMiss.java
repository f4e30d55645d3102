package kitei.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known word a typed word most likely misspells: only a near miss (a letter case, or one or two
 * letters off in a word long enough that two letters are a small part of it), so that a new word,
 * such as a plan the vocabulary does not list yet, is not taken for a typo of an old one.
 */
final class NearMiss {

    private NearMiss() {
    }

    static Optional<String> of(String word, Collection<String> known) {
        String typed = word.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(typed, candidate.toUpperCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        boolean near = best != null && !best.equals(word) && bestDistance <= 2 && bestDistance * 4 <= typed.length();
        return near ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean X?)" for a near miss, else nothing. */
    static String hint(String word, Collection<String> known) {
        return of(word, known).map(best -> " (did you mean " + best + "?)").orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
