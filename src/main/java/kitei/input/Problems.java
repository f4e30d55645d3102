package kitei.input;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while reading one request. */
public final class Problems {

    private final List<FieldProblem> found = new ArrayList<>();

    public void add(String pointer, String detail) {
        found.add(new FieldProblem(pointer, detail));
    }

    public boolean any() {
        return !found.isEmpty();
    }

    /** Ends the reading: a request with any problem is refused whole. */
    public void throwIfAny() {
        if (any()) {
            throw new BadInputException(found);
        }
    }
}
