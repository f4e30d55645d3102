package kitei.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellReference;

import com.fasterxml.jackson.core.type.TypeReference;

import kitei.decision.Json;
import kitei.engine.RuleSources;
import kitei.engine.TableVersions;

/**
 * The reviewed copy of every workbook's machinery, {@value #PATH}: the cells the rule engine reads as
 * code or structure (RuleSet, Import, each RuleTable's name, kinds, fact types, code templates, labels)
 * and the notes around them, cell by cell. It lives under rules/ because it is code: it changes with a
 * rules change, reviewed like DRL, never with a table edit. A workbook whose machinery differs from it,
 * or that it does not list (a new table), is refused at each differing cell.
 * <p>
 * A rule author who changes a template regenerates it with {@code java -cp target/kitei.jar
 * kitei.check.Machinery [project folder]} and commits it beside the workbook.
 */
public record Machinery(Map<String, Map<String, String>> workbooks) {

    public static final String PATH = RuleSources.MACHINERY;
    /** Enough cells to show what changed; a workbook of another shape would otherwise list every cell. */
    static final int MAX_ISSUES_PER_WORKBOOK = 20;
    private static final TypeReference<LinkedHashMap<String, Map<String, String>>> SHAPE = new TypeReference<>() {
    };

    /** The manifest among the sources; empty (every workbook refused) when there is none. */
    static Machinery of(RuleSources sources) throws IOException {
        byte[] json = sources.files().get(PATH);
        if (json == null) {
            return new Machinery(Map.of());
        }
        return new Machinery(Json.MAPPER.readValue(json, SHAPE));
    }

    /** The manifest of the sources' workbooks as they are: what a rule author commits after changing one's machinery. */
    public static byte[] describe(RuleSources sources) throws IOException {
        Map<String, Map<String, String>> workbooks = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : sources.files().entrySet()) {
            if (file.getKey().endsWith(".xlsx") && TableVersions.basePath(file.getKey()).equals(file.getKey())) {
                workbooks.put(file.getKey(), TableBook.read(file.getKey(), file.getValue()).machinery());
            }
        }
        return (Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(workbooks) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Every machinery cell of the workbook that is not as reviewed, at its cell. */
    List<Issue> check(TableBook book) {
        // A dated copy (decision-tables/from-…/) is the base's workbook revised: its machinery is the base's.
        Map<String, String> reviewed = workbooks.get(TableVersions.basePath(book.file()));
        if (reviewed == null) {
            return List.of(Issue.error(Where.file(book.file()), "is not a table of this release: " + PATH
                    + " holds no reviewed copy of its header block (RuleSet, Import, RuleTable and the rows of kinds, fact types"
                    + " and code templates); adding a table is a rules change (rules/…, reviewed like code)"));
        }
        Set<String> cells = new LinkedHashSet<>(reviewed.keySet());
        cells.addAll(book.machinery().keySet());
        List<Issue> issues = new ArrayList<>();
        for (String cell : cells) {
            String expected = reviewed.get(cell);
            if (expected != null && expected.equals(book.machinery().get(cell))) {
                continue;
            }
            if (issues.size() == MAX_ISSUES_PER_WORKBOOK) {
                issues.add(Issue.error(Where.file(book.file()), "more cells of the header block differ from the reviewed copy in "
                        + PATH + "; the first " + MAX_ISSUES_PER_WORKBOOK + " are shown"));
                break;
            }
            issues.add(Issue.error(where(book, cell), role(book, cell) + " is read by the rule engine and is fixed by the rule authors"
                    + (expected == null ? " to be empty" : " to read '" + shorten(expected) + "'")
                    + "; changing it is a rules change (rules/…, reviewed like code)"));
        }
        return issues;
    }

    private static Where where(TableBook book, String key) {
        int bang = key.lastIndexOf('!');
        String sheet = key.substring(0, bang);
        String cell = key.substring(bang + 1);
        return cell.equals(TableBook.MERGED) ? Where.sheet(book.file(), sheet) : Where.cell(book.file(), sheet, cell);
    }

    /** What the cell is to the engine, in the analyst's words. */
    private static String role(TableBook book, String key) {
        int bang = key.lastIndexOf('!');
        String sheet = key.substring(0, bang);
        if (key.endsWith("!" + TableBook.MERGED)) {
            return "the merging of cells on this sheet";
        }
        int row = new CellReference(key.substring(bang + 1)).getRow();
        Optional<DecisionTable> table = book.tables().stream()
                .filter(t -> t.sheet().equals(sheet) && row >= t.headerRow() && row < t.headerRow() + DecisionTable.FIRST_RULE)
                .findFirst();
        if (table.isEmpty()) {
            return "a cell outside the tables' rows (the RuleSet and Import block, and the notes)";
        }
        return switch (row - table.get().headerRow()) {
            case 0 -> "the RuleTable name";
            case DecisionTable.KINDS -> "the column kind (CONDITION, ACTION, METADATA)";
            case DecisionTable.OBJECTS -> "the fact type";
            case DecisionTable.TEMPLATES -> "the code template";
            default -> "the column label";
        };
    }

    private static String shorten(String text) {
        String line = text.replace("\n", " ");
        return line.length() <= 80 ? line : line.substring(0, 77) + "…";
    }

    /** Writes the manifest of the project's workbooks as they are now; for rule authors, after a reviewed change. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(root.resolve(PATH), describe(RuleSources.fromDirectory(root)));
        System.out.println("wrote " + root.resolve(PATH));
    }
}
