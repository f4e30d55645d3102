package kitei.workbook;

import java.util.stream.Collectors;

import kitei.parameters.Declaration;
import kitei.parameters.Declarations;

/**
 * What the sheets say about their values, written by the formatter from the parameters' one
 * declaration ({@link Declarations}), so that the sheet, the documentation, the gate and the engine
 * state one bound.
 */
public final class SheetNotes {

    /** The start of the note that {@link #parameterValues()} replaces on the Parameters sheet. */
    static final String PARAMETER_VALUES_PREFIX = "Values:";

    private SheetNotes() {
    }

    public static String parameterValues() {
        String values = Declarations.ALL.stream().map(SheetNotes::values).collect(Collectors.joining("; "));
        return PARAMETER_VALUES_PREFIX + " " + values + ". Check an edit with: java -jar target/kitei.jar check";
    }

    private static String values(Declaration declaration) {
        return declaration.name() + " " + (declaration.isChoice()
                ? "is " + String.join(", ", declaration.choiceNames())
                : "is a whole number " + declaration.range());
    }
}
