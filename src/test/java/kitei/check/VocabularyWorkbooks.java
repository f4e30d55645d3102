package kitei.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import kitei.engine.RuleSources;

/**
 * The program that made decision-tables/vocabulary.xlsx and moved the qualifying values out of
 * decision-tables/vpdn-prerequisites.xlsx (its column D removed, E–H moved to D–G), then rewrote the
 * reviewed machinery. Kept so the change can be made again on a reformatted copy:
 * {@code java -cp target/test-classes:target/classes:<deps> kitei.check.VocabularyWorkbooks [project folder]}.
 */
public final class VocabularyWorkbooks {

    static final String PREREQUISITES = "decision-tables/vpdn-prerequisites.xlsx";
    static final String VOCABULARY = "decision-tables/vocabulary.xlsx";

    private VocabularyWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        byte[] prerequisites = Files.readAllBytes(root.resolve(PREREQUISITES));
        Files.write(root.resolve(VOCABULARY), vocabulary(prerequisites));
        Files.write(root.resolve(PREREQUISITES), withoutQualifierColumn(prerequisites));
        Files.write(root.resolve(Machinery.PATH), Machinery.describe(RuleSources.fromDirectory(root)));
        System.out.println("wrote " + VOCABULARY + ", " + PREREQUISITES + " and " + Machinery.PATH);
    }

    static byte[] withoutQualifierColumn(byte[] workbook) throws IOException {
        try (Workbook book = WorkbookFactory.create(new java.io.ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
                sheet.removeMergedRegion(i);
            }
            for (int r = 9; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (int c = 3; c <= 7; c++) {
                    Cell from = row.getCell(c + 1);
                    Cell to = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                    if (from == null) {
                        row.removeCell(to);
                    } else {
                        to.setCellStyle(from.getCellStyle());
                        to.setCellValue(from.getStringCellValue());
                    }
                }
            }
            sheet.setColumnWidth(3, sheet.getColumnWidth(4));
            sheet.setColumnWidth(4, sheet.getColumnWidth(5));
            sheet.setColumnWidth(5, sheet.getColumnWidth(6));
            sheet.setColumnWidth(6, sheet.getColumnWidth(7));
            set(sheet, "C7", "kitei.eligibility.ContractItem, kitei.eligibility.QualifyingMobileService, kitei.eligibility.MobileServiceType,"
                    + " kitei.eligibility.Finding, kitei.tariff.VpdnItem");
            set(sheet, "C11", "not QualifyingMobileService");
            set(sheet, "B3", "To use VPDN item TYPE_D, TYPE_K or TYPE_I the customer must hold IIJ Mobile Service Type D, Type K or Type I"
                    + " with an item category, plan or network type that qualifies. Which ones qualify is the vocabulary's"
                    + " (decision-tables/vocabulary.xlsx, sheet MobileServices): a plan added there qualifies without an edit here."
                    + " One row per item.");
            set(sheet, "B4", "Columns: item / mobile service required / clause / violation code / remedy / message."
                    + " Check an edit with: java -jar target/kitei.jar check");
            return write(book);
        }
    }

    static byte[] vocabulary(byte[] template) throws IOException {
        try (Workbook book = WorkbookFactory.create(new java.io.ByteArrayInputStream(template))) {
            Sheet sheet = book.getSheetAt(0);
            book.setSheetName(0, "MobileServices");
            CellStyle title = style(sheet, "B1");
            CellStyle note = style(sheet, "B2");
            CellStyle machinery = style(sheet, "B10");
            CellStyle label = style(sheet, "B13");
            CellStyle data = style(sheet, "B14");
            for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
                sheet.removeMergedRegion(i);
            }
            for (int r = sheet.getLastRowNum(); r >= 0; r--) {
                if (sheet.getRow(r) != null) {
                    sheet.removeRow(sheet.getRow(r));
                }
            }
            put(sheet, 0, 1, title, "語彙: VPDN の品目の前提となる IIJ モバイルサービス / Vocabulary: the IIJ Mobile Services that qualify"
                    + " for the VPDN items (A2, A5.3–A5.5)");
            put(sheet, 1, 1, note, "品目をタイプ D・K・I とする IIJ 認証アウトソースサービス/VPDN を利用するには、IIJ モバイルサービス/タイプ D"
                    + "（品目区分をⅠとするもの）・タイプ K（品目を定額プラン、定額プラン L 又はパケットシェアプラン L とするもの）・タイプ I"
                    + "（ネットワークタイプ区分をⅢとするもの）の契約者である必要があります。");
            put(sheet, 2, 1, note, "One row per qualifying value: a customer who holds the mobile service with this item category, plan"
                    + " or network type qualifies for the VPDN item of the same type (vpdn-prerequisites.xlsx says what a customer"
                    + " who does not is told). The plans are IIJ's to name: add a row for a new plan, such as TYPE_K FLAT_M, and it"
                    + " qualifies; an answer it qualifies names this row in its trace.");
            put(sheet, 3, 1, note, "Columns: mobile service (TYPE_D, TYPE_K, TYPE_I) / item category, plan or network type / which it is"
                    + " / clause (A5.3 for TYPE_D, A5.4 for TYPE_K, A5.5 for TYPE_I) / meaning. Check an edit with:"
                    + " java -jar target/kitei.jar check");
            put(sheet, 5, 1, machinery, "RuleSet");
            put(sheet, 5, 2, machinery, "kitei.rules.eligibility");
            put(sheet, 6, 1, machinery, "Import");
            put(sheet, 6, 2, machinery, "kitei.eligibility.MobileService, kitei.eligibility.MobileServiceType,"
                    + " kitei.eligibility.QualifyingMobileService");
            // Classification before decision: the rows fire before any rule that asks whether a service qualifies.
            put(sheet, 7, 1, machinery, "PRIORITY");
            put(sheet, 7, 2, machinery, "100");
            put(sheet, 8, 1, label, "RuleTable QualifyingMobileServices");
            String[] kinds = {"CONDITION", "CONDITION", "ACTION", "METADATA", "DESCRIPTION"};
            String[] templates = {"type == MobileServiceType.$param", "qualifier == \"$param\"",
                    "insert(new QualifyingMobileService($mobile.pointer(), $mobile.type(), $mobile.qualifier(), \"$param\"));",
                    "clause(\"$param\")", null};
            String[] labels = {"IIJ モバイルサービス\nMobile service", "品目区分・プラン・ネットワークタイプ区分\nItem category, plan or network type",
                    "種別\nWhich is its", "条項\nClause", "意味\nMeaning"};
            for (int c = 0; c < kinds.length; c++) {
                put(sheet, 9, c + 1, machinery, kinds[c]);
                put(sheet, 10, c + 1, machinery, c == 0 ? "$mobile : MobileService" : "");
                put(sheet, 11, c + 1, machinery, templates[c] == null ? "" : templates[c]);
                put(sheet, 12, c + 1, label, labels[c]);
            }
            sheet.addMergedRegion(CellRangeAddress.valueOf("B11:C11"));
            String[][] rows = {
                    {"TYPE_D", "I", "item category", "A5.3", "品目区分 Ⅰ: qualifies for VPDN item TYPE_D"},
                    {"TYPE_K", "FLAT", "plan", "A5.4", "定額プラン: qualifies for VPDN item TYPE_K"},
                    {"TYPE_K", "FLAT_L", "plan", "A5.4", "定額プラン L: qualifies for VPDN item TYPE_K"},
                    {"TYPE_K", "PACKET_SHARE_L", "plan", "A5.4", "パケットシェアプラン L: qualifies for VPDN item TYPE_K"},
                    {"TYPE_I", "III", "network type", "A5.5", "ネットワークタイプ区分 Ⅲ: qualifies for VPDN item TYPE_I"}};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    put(sheet, 13 + r, c + 1, data, rows[r][c]);
                }
            }
            return write(book);
        }
    }

    private static CellStyle style(Sheet sheet, String cell) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(cell);
        return sheet.getRow(at.getRow()).getCell(at.getCol()).getCellStyle();
    }

    private static void put(Sheet sheet, int row, int column, CellStyle style, String value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellStyle(style);
        if (!value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private static void set(Sheet sheet, String cell, String value) {
        org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(cell);
        sheet.getRow(at.getRow()).getCell(at.getCol()).setCellValue(value);
    }

    private static byte[] write(Workbook book) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }
}
