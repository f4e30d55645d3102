package kitei.release.diff;

import static kitei.release.diff.Releases.CONFLICTS;
import static kitei.release.diff.Releases.PARAMETERS;
import static kitei.release.diff.Releases.REALM_DRL;
import static kitei.release.diff.Releases.SCENARIOS;
import static kitei.release.diff.Releases.setCell;
import static kitei.release.diff.Releases.text;
import static kitei.release.diff.Releases.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.Workbooks;
import kitei.decision.Json;

/** Two releases compared in the analyst's terms; each case is an edit of the repository's release and the text the diff renders for it. */
class ReleaseDiffTest {

    private static final Map<String, byte[]> REPO = Releases.repo();

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("a cell typed over", edit(CONFLICTS, book -> setCell(book, "Conflicts!G15", "TYPE_I_GATEWAY")), """
                        1 cell in conflicts.xlsx

                        decision-tables/conflicts.xlsx
                          Conflicts!G15: TYPE_I_PRIVATE_GATEWAY → TYPE_I_GATEWAY
                        """),
                Arguments.of("a cell emptied", edit(CONFLICTS, book -> setCell(book, "Conflicts!D15", "")), """
                        1 cell in conflicts.xlsx

                        decision-tables/conflicts.xlsx
                          Conflicts!D15: III → (empty)
                        """),
                Arguments.of("a parameter changed, by name", edit(PARAMETERS, book -> setCell(book, "Parameters!C16", "60")), """
                        1 parameter (NOTICE_DAYS 30 → 60)

                        decision-tables/parameters.xlsx
                          Parameters!C16: 30 → 60

                        parameters (decision-tables/parameters.xlsx)
                          NOTICE_DAYS: 30 → 60 days (A9)
                        """),
                Arguments.of("a formula, as the value it shows", edit(PARAMETERS, book -> Releases.edit(book, workbook -> {
                            Cell cell = workbook.getSheet("Parameters").getRow(15).getCell(2);
                            cell.setCellFormula("20+40");
                            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                        })), """
                        1 parameter (NOTICE_DAYS 30 → 60)

                        decision-tables/parameters.xlsx
                          Parameters!C16: 30 → 60

                        parameters (decision-tables/parameters.xlsx)
                          NOTICE_DAYS: 30 → 60 days (A9)
                        """),
                Arguments.of("a row inserted mid-table is one row added, not every row below it changed",
                        edit(CONFLICTS, book -> Releases.insertCopyOfRow(book, "Conflicts", 15, 15, "VPDN_TYPE_X")), """
                        1 row added in conflicts.xlsx

                        decision-tables/conflicts.xlsx
                          Conflicts row 15 added: B: VPDN_TYPE_X | C: MOBILE_TYPE_I | D: III | E: LARGE_SCALE_PRIVATE_GATEWAY | F: A14.3 | G: TYPE_I_PRIVATE_GATEWAY | H: remove item TYPE_I from the VPDN contract, or stop using the IIJ Mobile Large-Scale Private Gateway Service | I: VPDN item TYPE_I used with IIJ Mobile Service Type I (network type III) cannot be combined with the IIJ Mobile Large-Scale Private Gateway Service
                        """),
                Arguments.of("the last row removed", edit(CONFLICTS, book -> Releases.edit(book,
                                workbook -> workbook.getSheet("Conflicts").removeRow(workbook.getSheet("Conflicts").getRow(15)))), """
                        1 row removed in conflicts.xlsx

                        decision-tables/conflicts.xlsx
                          Conflicts row 16 removed: B: VPDN_TYPE_K | C: MOBILE_TYPE_K | E: LARGE_SCALE_PRIVATE_GATEWAY | F: A14.4 | G: TYPE_K_PRIVATE_GATEWAY | H: remove item TYPE_K from the VPDN contract, or stop using the IIJ Mobile Large-Scale Private Gateway Service | I: VPDN item TYPE_K used with IIJ Mobile Service Type K cannot be combined with the IIJ Mobile Large-Scale Private Gateway Service
                        """),
                Arguments.of("a sheet added", edit(CONFLICTS, book -> Releases.edit(book,
                                workbook -> workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("why row 15"))), """
                        1 sheet added in conflicts.xlsx

                        decision-tables/conflicts.xlsx
                          sheet Notes added
                        """),
                Arguments.of("a scenario's verdict changed", edit(SCENARIOS, book -> setCell(book, "eligibility!Y6", "INELIGIBLE")), """
                        1 scenario changed

                        scenarios/eligibility-and-money.xlsx
                          eligibility!Y6: ELIGIBLE → INELIGIBLE

                        scenarios
                          changed VPDN TYPE_D with Mobile Type D category I is eligible (scenarios/eligibility-and-money.xlsx): verdict
                        """),
                Arguments.of("a scenario's clauses re-spaced are the same scenario", edit(SCENARIOS, book -> setCell(book, "eligibility!C6", "A5.1,A5.3")), """
                        1 cell in eligibility-and-money.xlsx

                        scenarios/eligibility-and-money.xlsx
                          eligibility!C6: A5.1, A5.3 → A5.1,A5.3
                        """),
                Arguments.of("a rule line changed", (UnaryOperator<Map<String, byte[]>>) release -> with(release, REALM_DRL,
                                text(text(release.get(REALM_DRL)).replace("    not Realm(!RealmName.isValid(name))\n",
                                        "    not Realm(!RealmName.isValid(name))\n    not Realm(name == \"example.invalid\")\n")
                                        .replace("// (RFC 7542).", "// (RFC 7542, section 2.2)."))), """
                        2 lines in rules/eligibility/a5-realm.drl

                        rules/eligibility/a5-realm.drl
                          @@ -3,1 +3,1 @@
                          - // (RFC 7542). Whether the REALM obligation is still pending is decided in the obligations table.
                          + // (RFC 7542, section 2.2). Whether the REALM obligation is still pending is decided in the obligations table.
                          @@ -15,0 +15,1 @@
                          +     not Realm(name == "example.invalid")
                        """),
                Arguments.of("a rule file added", (UnaryOperator<Map<String, byte[]>>) release -> with(release, "rules/eligibility/a5-note.drl",
                        text("package kitei.rules.eligibility;\n\n")), """
                        rules/eligibility/a5-note.drl added

                        rules/eligibility/a5-note.drl (added)
                          @@ -1,0 +1,2 @@
                          + package kitei.rules.eligibility;
                          +\s
                        """),
                Arguments.of("a workbook removed", (UnaryOperator<Map<String, byte[]>>) release -> with(release, CONFLICTS, null), """
                        conflicts.xlsx removed

                        decision-tables/conflicts.xlsx (removed)
                        """),
                Arguments.of("a workbook that cannot be opened is named, not thrown", (UnaryOperator<Map<String, byte[]>>) release -> with(release, CONFLICTS,
                        text("saved as text by mistake")), """
                        conflicts.xlsx not compared

                        decision-tables/conflicts.xlsx not compared: the newer release's copy is not an Excel workbook that can be opened: \
                        Can't open workbook - unsupported file type: UNKNOWN
                        """),
                Arguments.of("nothing at all", (UnaryOperator<Map<String, byte[]>>) release -> release, """
                        no difference
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void rendersTheEditInTheAnalystsTerms(String edit, UnaryOperator<Map<String, byte[]>> change, String expected) {
        ReleaseDiff diff = ReleaseDiff.between(REPO, change.apply(REPO));
        assertEquals(expected, diff.render());
        assertEquals(!expected.equals("no difference\n"), diff.hasDifferences());
    }

    @Test
    void theIssuesExampleReadsAsOneLine() {
        Map<String, byte[]> after = edit(CONFLICTS, book -> setCell(setCell(book, "Conflicts!G15", "TYPE_I_GATEWAY"), "Conflicts!G16", "TYPE_K_GATEWAY"))
                .andThen(edit(PARAMETERS, book -> setCell(book, "Parameters!C16", "60")))
                .andThen(edit(SCENARIOS, ReleaseDiffTest::appendScenario))
                .apply(REPO);
        ReleaseDiff diff = ReleaseDiff.between(REPO, after);
        assertEquals("2 cells in conflicts.xlsx, 1 parameter (NOTICE_DAYS 30 → 60), 1 scenario added", diff.summary());
        assertEquals(List.of(new ScenarioChange("PROXY alone is eligible", Change.ADDED, SCENARIOS, List.of())), diff.scenarios());
    }

    @Test
    void aScenarioRemovedIsNamed() {
        Map<String, byte[]> before = edit(SCENARIOS, ReleaseDiffTest::appendScenario).apply(REPO);
        ReleaseDiff diff = ReleaseDiff.between(before, REPO);
        assertEquals(List.of(new ScenarioChange("PROXY alone is eligible", Change.REMOVED, SCENARIOS, List.of())), diff.scenarios());
        assertEquals("1 scenario removed", diff.summary());
    }

    @Test
    void aSaveThatChangesNoValueIsNoDifference() {
        byte[] restyled = Releases.edit(REPO.get(CONFLICTS), workbook -> {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            Sheet sheet = workbook.getSheet("Conflicts");
            sheet.getRow(14).getCell(1).setCellStyle(style);
            sheet.setColumnWidth(8, 80 * 256);
            sheet.createRow(40).createCell(3).setCellStyle(style);
        });
        assertFalse(java.util.Arrays.equals(REPO.get(CONFLICTS), restyled));

        ReleaseDiff diff = ReleaseDiff.between(REPO, with(REPO, CONFLICTS, restyled));
        assertFalse(diff.hasDifferences(), diff::render);
        assertEquals("no difference", diff.summary());
    }

    @Test
    void aZipBombIsNotComparedAndSaysWhy() {
        ReleaseDiff diff = ReleaseDiff.between(REPO, with(REPO, CONFLICTS, Workbooks.withHugePart(REPO.get(CONFLICTS), 20)));
        WorkbookDiff workbook = diff.workbooks().get(0);
        assertEquals(Change.NOT_COMPARED, workbook.change());
        assertEquals("the newer release's copy unpacks to more than 8 MiB in its part xl/notes.xml (a table of 1000 rows needs less than 1 MiB),"
                + " so it is refused before it is opened", workbook.reason());
        assertEquals("conflicts.xlsx not compared", diff.summary());
    }

    @Test
    void aHundredThousandRowSheetIsNotComparedAndSaysWhy() throws Exception {
        ByteArrayOutputStream tall = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Conflicts");
            for (int r = 0; r < 100_000; r++) {
                sheet.createRow(r).createCell(1).setCellValue("PROXY_" + r);
            }
            workbook.write(tall);
            workbook.dispose();
        }
        ReleaseDiff diff = ReleaseDiff.between(REPO, with(REPO, CONFLICTS, tall.toByteArray()));
        assertEquals(List.of(WorkbookDiff.notCompared(CONFLICTS, "the newer release's copy has more than 10000 rows in its part"
                + " xl/worksheets/sheet1.xml, past the 10000 a release diff compares")), diff.workbooks());
    }

    /** POI's streaming writer emits Zip64 data descriptors that {@code java.util.zip} cannot stream; the gate's bound measures it all the same. */
    @Test
    void aBombInAZipThatJavaCannotStreamIsNotComparedAndSaysWhy() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10)) {
            Sheet sheet = workbook.createSheet("Conflicts");
            String filler = "x".repeat(32_000);
            for (int r = 0; r < 700; r++) {
                sheet.createRow(r).createCell(1).setCellValue(filler);
            }
            workbook.write(bomb);
            workbook.dispose();
        }
        ReleaseDiff diff = ReleaseDiff.between(REPO, with(REPO, CONFLICTS, bomb.toByteArray()));
        assertEquals(List.of(WorkbookDiff.notCompared(CONFLICTS, "the newer release's copy unpacks to more than 8 MiB in its part"
                + " xl/worksheets/sheet1.xml (a table of 1000 rows needs less than 1 MiB), so it is refused before it is opened")), diff.workbooks());
    }

    @Test
    void aRowFarBelowTheTableIsPastTheRowBoundToo() {
        byte[] far = Releases.edit(REPO.get(CONFLICTS), workbook -> workbook.getSheet("Conflicts").createRow(49_999).createCell(1).setCellValue("stray"));
        ReleaseDiff diff = ReleaseDiff.between(with(REPO, CONFLICTS, far), REPO);
        assertEquals(List.of(WorkbookDiff.notCompared(CONFLICTS,
                "the older release's copy has 50000 rows in sheet Conflicts, past the 10000 a release diff compares")), diff.workbooks());
    }

    @Test
    void aWorkbookAddedThatCannotBeOpenedSaysSo() {
        ReleaseDiff diff = ReleaseDiff.between(REPO, with(REPO, "decision-tables/new.xlsx", text("not a zip")));
        assertEquals(Change.NOT_COMPARED, diff.workbooks().get(0).change());
        assertTrue(diff.workbooks().get(0).reason().startsWith("added, but it is not an Excel workbook that can be opened"), diff::render);
    }

    @Test
    void isJsonWithTheAnalystsFields() throws Exception {
        ReleaseDiff diff = ReleaseDiff.between(REPO, edit(PARAMETERS, book -> setCell(book, "Parameters!C16", "60")).apply(REPO));
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(diff));
        assertEquals(Json.MAPPER.readTree("""
                {"summary": "1 parameter (NOTICE_DAYS 30 → 60)",
                 "workbooks": [{"file": "decision-tables/parameters.xlsx", "change": "CHANGED", "reason": null, "sheetsAdded": [], "sheetsRemoved": [],
                                "cells": [{"sheet": "Parameters", "cell": "C16", "before": "30", "after": "60"}], "rows": []}],
                 "texts": [], "scenarios": [],
                 "parameters": [{"name": "NOTICE_DAYS", "change": "CHANGED", "before": "30", "after": "60", "unit": "days", "clause": "A9"}]}
                """), json);
    }

    @Test
    void readsARealProjectDirectoryWithoutOfficeScratchFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("decision-tables"));
        java.nio.file.Files.createDirectories(dir.resolve("scenarios"));
        java.nio.file.Files.createDirectories(dir.resolve("rules/eligibility"));
        java.nio.file.Files.write(dir.resolve("decision-tables/conflicts.xlsx"), REPO.get(CONFLICTS));
        java.nio.file.Files.write(dir.resolve("decision-tables/~$conflicts.xlsx"), text("lock"));
        java.nio.file.Files.write(dir.resolve("decision-tables/.~lock.conflicts.xlsx#"), text("lock"));
        java.nio.file.Files.write(dir.resolve("scenarios/book.xlsx"), REPO.get(SCENARIOS));
        java.nio.file.Files.write(dir.resolve("rules/eligibility/a.drl"), text("rule"));
        java.nio.file.Files.write(dir.resolve("rules/decision-tables.machinery.json"), text("{}"));
        java.nio.file.Files.write(dir.resolve("README.md"), text("not part of a release"));
        assertEquals(List.of("decision-tables/conflicts.xlsx", "rules/decision-tables.machinery.json", "rules/eligibility/a.drl", "scenarios/book.xlsx"),
                List.copyOf(ReleaseFiles.read(dir).keySet()));
    }

    private static byte[] appendScenario(byte[] book) {
        return Releases.edit(book, workbook -> {
            Sheet sheet = workbook.getSheet("eligibility");
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            row.createCell(0).setCellValue("PROXY alone is eligible");
            row.createCell(1).setCellValue("/v1/eligibility");
            row.createCell(2).setCellValue("A6");
            row.createCell(3).setCellValue("2026-11-25");
            row.createCell(11).setCellValue("PROXY");
            row.createCell(24).setCellValue("ELIGIBLE");
        });
    }

    private static UnaryOperator<Map<String, byte[]>> edit(String path, UnaryOperator<byte[]> edit) {
        return release -> with(release, path, edit.apply(release.get(path)));
    }
}
