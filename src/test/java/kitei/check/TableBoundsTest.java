package kitei.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import kitei.TestRuleBase;
import kitei.check.DecisionTable.Column;
import kitei.check.DecisionTable.TableRow;
import kitei.engine.RuleSources;

/**
 * What a workbook may cost is bounded before the engine sees it: what it unpacks to, checked before
 * POI parses it; the rows a table holds; and the overlap check, which stays near linear in the rows.
 */
class TableBoundsTest {

    private static final RuleSources REPO = RuleSources.fromDirectory(Path.of("."));
    private static final Gate GATE = new Gate(TestRuleBase.TODAY);

    @Test
    void aWorkbookUnpackingTo95MegabytesIsRefusedBeforeItIsParsed() {
        String path = "decision-tables/conflicts.xlsx";
        byte[] bomb = Workbooks.withHugePart(REPO.files().get(path), 95);
        assertTrue(bomb.length < 4 * 1024 * 1024, "the test's workbook is small: " + bomb.length);
        Gate.Result result = check(REPO.with(path, bomb));
        TableMachineryTest.assertRefusedAt(result, path, "unpacks to more than 8 MiB in its part xl/notes.xml (a table of 1000 rows needs less than 1 MiB),"
                + " so it is refused before it is opened");
    }

    @Test
    void aScenarioBookUnpackingTo95MegabytesIsRefusedBeforeItIsParsed() throws Exception {
        byte[] bomb = Workbooks.withHugePart(java.nio.file.Files.readAllBytes(Path.of("scenarios/eligibility-and-money.xlsx")), 95);
        ScenarioBook.Read read = ScenarioBook.read("scenarios/eligibility-and-money.xlsx", bomb);
        assertEquals(List.of("scenarios/eligibility-and-money.xlsx: unpacks to more than 8 MiB in its part xl/notes.xml"
                + " (a table of 1000 rows needs less than 1 MiB), so it is refused before it is opened"),
                read.issues().stream().map(Issue::toString).toList());
    }

    @Test
    void aTableOf2000RowsIsRefusedAtTheFirstRowPastTheBound() {
        String path = "decision-tables/price-list.xlsx";
        byte[] big = Workbooks.appendRows(REPO.files().get(path), 26, 26, 2_000, 2);
        Gate.Result result = check(REPO.with(path, big));
        TableMachineryTest.assertRefusedAt(result, path + "!PriceList!B1014",
                "row 1014 is past the 1000 rows a table may hold (this one has 2013): each row is a rule the engine compiles");
        assertTrue(result.scenarios().isEmpty(), "the rule base was built and run");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // today's quadratic check takes about two minutes on 10,000 rows
    void overlapsInATableOf10000RowsAreFoundWithoutComparingEveryPair() {
        List<Column> columns = List.of(
                new Column(1, "CONDITION", "Usage", "service == \"$param\"", "Uses"),
                new Column(2, "CONDITION", "Usage", "forall(||){qualifier == \"$\"}", "Of plan"),
                new Column(3, "ACTION", "", "String code = \"$param\";", "Code"),
                new Column(4, "ACTION", "", "insert(Finding.of(code, \"$param\"));", "Message"));
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(row(13 + i, "SERVICE_" + i, i % 3 == 0 ? "" : "P" + (i % 7) + ", P" + (i % 11), "SAME_CODE", "message " + i));
        }
        rows.set(5_000, row(13 + 5_000, "SERVICE_10", "P3", "SAME_CODE", "another message")); // SERVICE_10 lists P3, P10
        rows.set(7_000, row(13 + 7_000, "SERVICE_20", "P9", "SAME_CODE", "message 20")); // SERVICE_20 lists P6, P9: a repeat
        rows.set(8_000, row(13 + 8_000, "SERVICE_30", "P5", "OTHER_CODE", "yet another")); // concludes otherwise: no overlap
        DecisionTable table = new DecisionTable("decision-tables/big.xlsx", "Big", "Big", "", List.of(), 8, columns, rows);

        List<String> found = TableShape.overlaps(table).stream().map(Issue::toString).toList();

        assertEquals(List.of(
                "decision-tables/big.xlsx!Big!B5014: rows 24 and 5014 overlap: both match Uses = SERVICE_10; Of plan = P3, P10 / P3,"
                        + " and they differ in Message; make their conditions exclusive or merge them into one row",
                "decision-tables/big.xlsx!Big!B7014: warning: row 7014 repeats row 34; delete one of them"), found);
    }

    @Test
    void aTableOfRepeatedRowsReportsTheFirstHundredOverlaps() {
        List<Column> columns = List.of(new Column(1, "CONDITION", "Usage", "service == \"$param\"", "Uses"),
                new Column(2, "ACTION", "", "insert(Finding.of(\"$param\"));", "Message"));
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(row2(13 + i, "PROXY", "message " + i));
        }
        DecisionTable table = new DecisionTable("decision-tables/same.xlsx", "Same", "Same", "", List.of(), 8, columns, rows);
        List<Issue> found = TableShape.overlaps(table);
        assertEquals(TableShape.MAX_OVERLAPS + 1, found.size());
        assertEquals("more rows overlap; the first 100 are shown", found.get(found.size() - 1).message());
    }

    private static TableRow row(int index, String service, String plans, String code, String message) {
        Map<Integer, String> values = new LinkedHashMap<>();
        values.put(1, service);
        if (!plans.isEmpty()) {
            values.put(2, plans);
        }
        values.put(3, code);
        values.put(4, message);
        return new TableRow(index, values);
    }

    private static TableRow row2(int index, String service, String message) {
        Map<Integer, String> values = new LinkedHashMap<>();
        values.put(1, service);
        values.put(2, message);
        return new TableRow(index, values);
    }

    private static Gate.Result check(RuleSources sources) {
        return GATE.check(sources, ScenarioBook.fromDirectory(Path.of(".")), null);
    }
}
