package kitei.release.diff;

import java.util.List;

import org.eclipse.jgit.diff.Sequence;
import org.eclipse.jgit.diff.SequenceComparator;

/** A sheet's rows as a sequence JGit's diff can align, so that a row inserted mid-table is one row added, not every cell below it changed. */
final class Rows extends Sequence {

    static final SequenceComparator<Rows> BY_VALUES = new SequenceComparator<>() {
        @Override
        public boolean equals(Rows a, int ai, Rows b, int bi) {
            return a.rows.get(ai).equals(b.rows.get(bi));
        }

        @Override
        public int hash(Rows seq, int ptr) {
            return seq.rows.get(ptr).hashCode();
        }
    };

    private final List<List<String>> rows;

    Rows(List<List<String>> rows) {
        this.rows = rows;
    }

    List<String> get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
