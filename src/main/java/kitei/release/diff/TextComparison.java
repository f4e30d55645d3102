package kitei.release.diff;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;

/** Compares two versions of a text file line by line with JGit's histogram diff, as {@code git diff} does. */
final class TextComparison {

    /** A rule file is tens of kilobytes; past this a line-by-line listing helps nobody and costs the diff its memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final DiffAlgorithm ALGORITHM = new HistogramDiff();

    private TextComparison() {
    }

    /**
     * The changed lines; a file on one side only is compared with an empty one. Null when a changed file
     * holds the same lines (line endings and trailing blanks aside).
     */
    static TextDiff between(String file, Change change, byte[] before, byte[] after) {
        if (before.length > MAX_BYTES || after.length > MAX_BYTES) {
            return new TextDiff(file, Change.NOT_COMPARED, "larger than " + MAX_BYTES / (1024 * 1024) + " MiB, so not compared line by line", List.of());
        }
        if (RawText.isBinary(before) || RawText.isBinary(after)) {
            return new TextDiff(file, Change.NOT_COMPARED, "not text, so not compared line by line", List.of());
        }
        RawText old = new RawText(before);
        RawText now = new RawText(after);
        List<TextDiff.Hunk> hunks = new ArrayList<>();
        for (Edit edit : ALGORITHM.diff(RawTextComparator.WS_IGNORE_TRAILING, old, now)) {
            hunks.add(new TextDiff.Hunk(edit.getBeginA() + 1, lines(old, edit.getBeginA(), edit.getEndA()),
                    edit.getBeginB() + 1, lines(now, edit.getBeginB(), edit.getEndB())));
        }
        return hunks.isEmpty() && change == Change.CHANGED ? null : new TextDiff(file, change, null, hunks);
    }

    private static List<String> lines(RawText text, int from, int to) {
        List<String> lines = new ArrayList<>();
        for (int i = from; i < to; i++) {
            lines.add(text.getString(i));
        }
        return lines;
    }
}
