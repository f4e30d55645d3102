package kitei.release.diff;

import java.util.List;

/**
 * A scenario added, removed or changed, by its name; for a changed one, the columns that changed
 * (endpoint, request, status, verdict, codes, answer, clauses). {@code file} is the book that holds it
 * (the newer release's, unless it was removed).
 */
public record ScenarioChange(String name, Change change, String file, List<String> columns) {

    public ScenarioChange {
        columns = List.copyOf(columns);
    }
}
