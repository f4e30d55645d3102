package kitei.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What one decision's rules concluded, in firing order, and the trace of the rules that fired. */
public record Outcome(List<Concluded<?>> conclusions, List<TraceEntry> trace) {

    public Outcome {
        conclusions = List.copyOf(conclusions);
        trace = List.copyOf(trace);
    }

    @SuppressWarnings("unchecked")
    public <T> List<Concluded<T>> all(Class<T> type) {
        List<Concluded<T>> found = new ArrayList<>();
        for (Concluded<?> concluded : conclusions) {
            if (type.isInstance(concluded.fact())) {
                found.add((Concluded<T>) concluded);
            }
        }
        return found;
    }

    public <T> List<T> facts(Class<T> type) {
        return all(type).stream().map(Concluded::fact).toList();
    }

    /** The conclusion every answer of its kind needs: its absence is a rule base that lost a rule or a row. */
    public <T> Concluded<T> required(Class<T> type) {
        return first(type).orElseThrow(() -> new IllegalStateException("no rule concluded a " + type.getSimpleName()
                + "; is a rule or a table row (a parameter row, say) missing?"));
    }

    public <T> Optional<Concluded<T>> first(Class<T> type) {
        List<Concluded<T>> found = all(type);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
