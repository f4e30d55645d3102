package kitei.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import kitei.TestRuleBase;

/** Scenarios written in columns, as an analyst types them in Calc: read, refused at their cell, run. */
class CheckScenariosInColumnsTest {

    private static final String FILE = "scenarios/book.xlsx";
    private static final List<Object> HEADER = List.of("シナリオ名\nScenario name", "Endpoint", "Clauses", "asOf",
            "customer.mobileServices[0].service", "customer.mobileServices[0].plan", "order.contracts[0].type", "order.contracts[0].items[0]",
            "order.contracts[0].terminators", "setup.realms[0]", "setup.vpdnTerminatorsConfigured", "setup.vpdnTerminalsConfigured",
            "expect verdict", "expect codes ('-': none)", "expect violations[0].clause");

    @Test
    void aScenarioInColumnsPassesWhenTheRulesAnswerAsItExpects() {
        ScenarioBook.Read read = read(row("FLAT_L qualifies", "FLAT_L", "ELIGIBLE", "-", null));
        assertEquals(List.of(), read.issues());
        Scenario scenario = read.scenarios().get(0);
        assertEquals("{\"asOf\":\"2026-11-25\",\"customer\":{\"mobileServices\":[{\"service\":\"TYPE_K\",\"plan\":\"FLAT_L\"}]},"
                + "\"order\":{\"contracts\":[{\"type\":\"VPDN\",\"items\":[\"TYPE_K\"],\"terminators\":1}]},"
                + "\"setup\":{\"realms\":[\"example.co.jp\"],\"vpdnTerminatorsConfigured\":true,\"vpdnTerminalsConfigured\":true}}",
                scenario.request().toString());
        assertTrue(run(read).get(0).passed(), () -> run(read).toString());
    }

    @Test
    void aScenarioInColumnsFailsWithTheFieldThatDiffers() {
        ScenarioBook.Read read = read(row("MINIMUM does not qualify", "MINIMUM", "INELIGIBLE", "TYPE_K_PREREQUISITE", "A5.3"));
        ScenarioResult result = run(read).get(0);
        assertFalse(result.passed());
        assertEquals(List.of("/violations/0/clause: expected \"A5.3\", got \"A5.4\""), result.differences());
    }

    @Test
    void aScenarioThatExpectsNothingIsRefusedAtItsFirstExpectedCell() {
        ScenarioBook.Read read = read(row("expects nothing", "FLAT_L", null, null, null));
        assertEquals(List.of(), read.scenarios());
        assertEquals(List.of(FILE + "!eligibility!M2: scenario 'expects nothing' expects nothing: fill its expect status, expect verdict,"
                + " expect codes or an expect column of an answer field; a scenario that expects nothing passes whatever the rules answer"),
                read.issues().stream().map(Issue::toString).toList());
    }

    @Test
    void jsonWithTheCurlyQuotesOfCalcsAutocorrectIsRead() {
        ScenarioBook.Read read = read(List.of("Scenario name", "Endpoint", "Clauses", "Request (JSON)", "expect verdict"),
                List.of("curly", "/v1/eligibility", "A6", "{“asOf”: “2026-11-25”, ‘order’: {“contracts”: [{“type”: “PROXY”}]}}", "CONDITIONAL"));
        assertEquals(List.of(), read.issues());
        assertEquals("{\"asOf\":\"2026-11-25\",\"order\":{\"contracts\":[{\"type\":\"PROXY\"}]}}", read.scenarios().get(0).request().toString());
    }

    @Test
    void jsonThatCannotBeReadIsRefusedInPlainWords() {
        ScenarioBook.Read read = read(List.of("Scenario name", "Endpoint", "Clauses", "Request (JSON)", "expect verdict"),
                List.of("broken", "/v1/eligibility", "A6", "{“asOf” “2026-11-25”}", "ELIGIBLE"));
        assertEquals(List.of(FILE + "!eligibility!D2: cannot be read as JSON at line 1, column 9 (near “{“asOf” “2026-11-25”}”):"
                + " a colon (:) is missing between a field name and its value"),
                read.issues().stream().map(Issue::toString).toList());
    }

    @Test
    void aDateTypedAsADateIsItsIsoDay() {
        ScenarioBook.Read read = read(List.of("Scenario name", "Endpoint", "Clauses", "asOf", "expect status"),
                List.of("a date cell", "/v1/eligibility", "SP", LocalDate.of(2019, 11, 30), 422.0));
        assertEquals(List.of(), read.issues());
        assertEquals("{\"asOf\":\"2019-11-30\"}", read.scenarios().get(0).request().toString());
        assertEquals(422, read.scenarios().get(0).status());
    }

    @Test
    void aLaterElementOfAListWithoutTheFirstIsRefused() {
        ScenarioBook.Read read = read(List.of("Scenario name", "Endpoint", "Clauses", "order.contracts[1].type", "expect verdict"),
                List.of("gap", "/v1/eligibility", "A6", "PROXY", "ELIGIBLE"));
        assertEquals(List.of(FILE + "!eligibility!row 2: the request gives a later element of a list but not order.contracts[0];"
                + " fill the columns of order.contracts[0] too, or number the elements from [0]"), read.issues().stream().map(Issue::toString).toList());
    }

    @Test
    void aHeaderThatNamesNoColumnIsRefusedAtItsCell() {
        ScenarioBook.Read read = read(List.of("Scenario name", "Endpoint", "Clauses", "order contracts type", "expect verdict"),
                List.of("typo", "/v1/eligibility", "A6", "PROXY", "ELIGIBLE"));
        assertTrue(read.issues().get(0).toString().startsWith(FILE + "!eligibility!D1: 'order contracts type' is not a column a scenario sheet has"),
                read.issues()::toString);
    }

    @Test
    void theJsonLayoutOfEarlierBooksIsStillRead() throws IOException {
        byte[] old = CheckScenariosInColumnsTest.class.getResourceAsStream("/kitei/workbook/scenarios-in-json.xlsx").readAllBytes();
        ScenarioBook.Read read = ScenarioBook.read(FILE, old);
        assertEquals(List.of(), read.issues().stream().filter(Issue::isError).toList());
        assertEquals(10, read.scenarios().size());
        assertTrue(new ScenarioRunner(TestRuleBase.TODAY).run(TestRuleBase.get(), read.scenarios()).stream().allMatch(ScenarioResult::passed));
    }

    private static List<Object> row(String name, String plan, String verdict, String codes, String clause) {
        return java.util.Arrays.asList(name, "/v1/eligibility", "A5.4", "2026-11-25", "TYPE_K", plan, "VPDN", "TYPE_K", 1.0, "example.co.jp",
                true, true, verdict, codes, clause);
    }

    private static ScenarioBook.Read read(List<Object> cells) {
        return read(HEADER, cells);
    }

    private static List<ScenarioResult> run(ScenarioBook.Read read) {
        return new ScenarioRunner(TestRuleBase.TODAY).run(TestRuleBase.get(), read.scenarios());
    }

    /** A book of one sheet: the header row, then one scenario row, each value in a cell of its type. */
    static ScenarioBook.Read read(List<?> header, List<?> cells) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("eligibility");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c).toString());
            }
            Row row = sheet.createRow(1);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value instanceof String text) {
                    row.createCell(c).setCellValue(text);
                } else if (value instanceof Double number) {
                    row.createCell(c).setCellValue(number);
                } else if (value instanceof Boolean flag) {
                    row.createCell(c).setCellValue(flag);
                } else if (value instanceof LocalDate day) {
                    row.createCell(c).setCellValue(day);
                    row.getCell(c).setCellStyle(date);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return ScenarioBook.read(FILE, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
