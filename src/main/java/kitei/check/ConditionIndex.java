package kitei.check;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;

/**
 * The rows of a table seen so far, indexed by the values of each condition column, so that the rows a
 * new row may overlap are found without comparing it with every one: a row can only match alike the
 * rows that share one of its values in a column, or leave that column blank.
 */
final class ConditionIndex {

    private final List<Column> conditions;
    private final List<TableRow> rows = new ArrayList<>();
    private final Map<TableRow, List<Set<String>>> words = new IdentityHashMap<>();
    private final List<Map<String, BitSet>> byValue = new ArrayList<>();
    private final List<BitSet> blank = new ArrayList<>();

    ConditionIndex(List<Column> conditions) {
        this.conditions = conditions;
        for (int c = 0; c < conditions.size(); c++) {
            byValue.add(new HashMap<>());
            blank.add(new BitSet());
        }
    }

    /** The earlier rows that may overlap the row, in table order: a superset, to be confirmed column by column. */
    List<TableRow> candidates(TableRow row) {
        List<Set<String>> values = wordsOf(row);
        BitSet best = null;
        for (int c = 0; c < conditions.size(); c++) {
            if (values.get(c).isEmpty()) {
                continue;
            }
            BitSet matching = (BitSet) blank.get(c).clone();
            for (String value : values.get(c)) {
                BitSet withValue = byValue.get(c).get(value);
                if (withValue != null) {
                    matching.or(withValue);
                }
            }
            if (best == null || matching.cardinality() < best.cardinality()) {
                best = matching;
            }
        }
        if (best == null) {
            return List.copyOf(rows); // blank in every condition: it matches whatever the others match
        }
        List<TableRow> found = new ArrayList<>();
        best.stream().forEach(i -> found.add(rows.get(i)));
        return found;
    }

    void add(TableRow row) {
        int position = rows.size();
        rows.add(row);
        List<Set<String>> values = wordsOf(row);
        for (int c = 0; c < conditions.size(); c++) {
            if (values.get(c).isEmpty()) {
                blank.get(c).set(position);
            }
            for (String value : values.get(c)) {
                byValue.get(c).computeIfAbsent(value, v -> new BitSet()).set(position);
            }
        }
    }

    /** Both cells can match one case: either is blank, or they share a value. */
    boolean canMatchAlike(Column column, TableRow one, TableRow other) {
        int c = conditions.indexOf(column);
        Set<String> a = wordsOf(one).get(c);
        Set<String> b = wordsOf(other).get(c);
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    private List<Set<String>> wordsOf(TableRow row) {
        return words.computeIfAbsent(row, r -> conditions.stream()
                .map(column -> Set.copyOf(TableValues.words(column, r.value(column)).stream().filter(w -> !w.isEmpty()).toList()))
                .toList());
    }
}
