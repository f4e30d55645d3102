package kitei.release.diff;

import java.util.List;

/** What changed in one text file (DRL, the workbook machinery manifest): its changed lines, hunk by hunk. */
public record TextDiff(String file, Change change, String reason, List<Hunk> hunks) {

    /**
     * Lines {@code beforeLine ..} of the older release replaced by lines {@code afterLine ..} of the newer
     * (1-based; with no lines on one side, the line the other side's lines come after or went before).
     */
    public record Hunk(int beforeLine, List<String> removed, int afterLine, List<String> added) {

        public Hunk {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }
    }

    public TextDiff {
        hunks = List.copyOf(hunks);
    }

    int linesChanged() {
        return hunks.stream().mapToInt(hunk -> Math.max(hunk.removed().size(), hunk.added().size())).sum();
    }
}
