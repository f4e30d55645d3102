package kitei.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import kitei.check.ScenarioBook;
import kitei.engine.RuleSources;

/** Every committed workbook guards itself, and is as format-tables leaves it. */
class WorkbookGuardsTest {

    @TestFactory
    Stream<DynamicTest> everyDecisionTableGuardsItself() throws IOException {
        return workbooks(RuleSources.TABLES_DIR).map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(List.of(), Guards.ofTables(file.toString(), bytes));
            assertTrue(SameContent.of(bytes, TableFormat.format(file.toString(), bytes)),
                    file + " is not as format-tables leaves it; run java -jar target/kitei.jar format-tables");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioBookIsInColumns() throws IOException {
        return workbooks(ScenarioBook.DIR).map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(List.of(), Guards.ofScenarios(file.toString(), bytes));
            assertTrue(SameContent.of(bytes, ScenarioFormat.format(bytes)),
                    file + " is not as format-tables leaves it; run java -jar target/kitei.jar format-tables");
        }));
    }

    @Test
    void theParametersSheetStatesTheBoundTheEngineHolds() throws IOException {
        String note = CellTexts.cells(Files.readAllBytes(Path.of("decision-tables/parameters.xlsx"))).stream()
                .filter(text -> text.startsWith("Values:")).findFirst().orElseThrow();
        assertEquals(SheetNotes.parameterValues(), note);
        assertTrue(note.contains("NOTICE_DAYS is a whole number from 1 to 365 days"), note);
        assertTrue(note.contains("CREDIT_DIVISOR_DAYS is a whole number from 28 to 31 days"), note);
        assertEquals("parameter NOTICE_DAYS: 0 days is outside what the rules can compute with: NOTICE_DAYS is from 1 to 365 days"
                        + "; the notice counts days elapsed after the day it arrives (A9), so it needs one or more",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> new kitei.parameters.Parameter("NOTICE_DAYS", "0", "days").intValue()).getMessage());
    }

    @Test
    void aTableFormattedFromScratchGuardsItselfAndFormattingAgainChangesNothing() throws IOException {
        byte[] unformatted = WorkbookGuardsTest.class.getResourceAsStream("/kitei/workbook/conflicts-unformatted.xlsx").readAllBytes();
        assertTrue(!Guards.ofTables("decision-tables/conflicts.xlsx", unformatted).isEmpty(), "the unformatted table already guards itself");
        byte[] once = TableFormat.format("decision-tables/conflicts.xlsx", unformatted);
        assertEquals(List.of(), Guards.ofTables("decision-tables/conflicts.xlsx", once));
        assertTrue(SameContent.of(once, TableFormat.format("decision-tables/conflicts.xlsx", once)), "formatting twice changed the workbook");
    }

    @Test
    void aBookInTheJsonLayoutIsRewrittenInColumnsKeepingEveryScenario() throws IOException {
        byte[] json = WorkbookGuardsTest.class.getResourceAsStream("/kitei/workbook/scenarios-in-json.xlsx").readAllBytes();
        byte[] columns = ScenarioFormat.format(json);
        assertEquals(List.of(), Guards.ofScenarios("scenarios/book.xlsx", columns));
        ScenarioBook.Read before = ScenarioBook.read("scenarios/book.xlsx", json);
        ScenarioBook.Read after = ScenarioBook.read("scenarios/book.xlsx", columns);
        assertEquals(List.of(), after.issues());
        assertEquals(before.scenarios().size(), after.scenarios().size());
        for (int i = 0; i < before.scenarios().size(); i++) {
            var was = before.scenarios().get(i);
            var is = after.scenarios().stream().filter(s -> s.name().equals(was.name())).findFirst().orElseThrow();
            assertEquals(List.of(was.endpoint(), was.request().toString(), was.status(), String.valueOf(was.verdict()), String.valueOf(was.codes()),
                    String.valueOf(was.answer()), was.clauses()), List.of(is.endpoint(), is.request().toString(), is.status(), String.valueOf(is.verdict()),
                    String.valueOf(is.codes()), String.valueOf(is.answer()), is.clauses()), was.name());
        }
        assertTrue(SameContent.of(columns, ScenarioFormat.format(columns)), "formatting the rewritten book again changed it");
    }

    private static Stream<Path> workbooks(String dir) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            List<Path> books = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList();
            assertTrue(!books.isEmpty(), "no workbook under " + dir);
            return books.stream();
        }
    }
}
