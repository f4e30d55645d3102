package kitei.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kitei.changes.ChangeVerdict;
import kitei.check.ScenarioColumn;
import kitei.check.ScenarioColumn.Kind;
import kitei.decision.Decider;
import kitei.decision.Deciders;
import kitei.eligibility.Verdict;

/**
 * Formats a scenario book: a book still in the JSON layout is first rewritten in columns
 * ({@link ScenarioLayout}); then each sheet gets wrapped notes and labels with row heights, panes frozen
 * below the header and right of the names, and drop-downs for the endpoint and the expected verdict.
 * A scenario sheet is not protected: every cell of it is the analysts', the header too (a new column
 * checks a new field).
 */
public final class ScenarioFormat {

    private static final int MIN_WIDTH = 10;
    private static final int MAX_WIDTH = 40;

    private ScenarioFormat() {
    }

    public static byte[] format(byte[] bytes) throws IOException {
        byte[] columns = ScenarioLayout.inColumns(bytes);
        byte[] formatted = formatOnce(columns);
        // a book just rewritten in columns is formatted once more, so that formatting it again changes nothing
        return columns == bytes ? formatted : formatOnce(formatted);
    }

    private static byte[] formatOnce(byte[] columns) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(columns))) {
            Styles styles = new Styles(book);
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                header(sheet).ifPresent(header -> formatSheet(sheet, header, styles));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The verdicts a scenario may expect: an eligibility verdict or a change verdict. */
    static List<String> verdicts() {
        return List.of(Verdict.ELIGIBLE, Verdict.CONDITIONAL, Verdict.INELIGIBLE, ChangeVerdict.ALLOWED, ChangeVerdict.REFUSED);
    }

    static Optional<Row> header(XSSFSheet sheet) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                Optional<ScenarioColumn> column = ScenarioColumn.of(format.formatCellValue(cell), cell.getColumnIndex());
                if (column.isPresent() && column.get().kind() == Kind.ENDPOINT) {
                    return Optional.of(row);
                }
            }
        }
        return Optional.empty();
    }

    private static void formatSheet(XSSFSheet sheet, Row header, Styles styles) {
        DataFormatter format = new DataFormatter();
        List<ScenarioColumn> columns = new ArrayList<>();
        header.forEach(cell -> ScenarioColumn.of(format.formatCellValue(cell), cell.getColumnIndex()).ifPresent(columns::add));
        int first = header.getFirstCellNum();
        int last = header.getLastCellNum() - 1;
        int lastRow = lastFilledRow(sheet, format) + TableFormat.SPARE_ROWS;
        widen(sheet, header, format, first, last);
        double width = 0;
        for (int c = first; c <= Math.min(last, first + 7); c++) {
            width += sheet.getColumnWidth(c) / 256.0;
        }
        for (int r = 0; r < header.getRowNum(); r++) {
            Row row = sheet.getRow(r);
            Cell note = row == null ? null : row.getCell(first);
            if (note == null || format.formatCellValue(note).isBlank()) {
                continue;
            }
            note.setCellStyle(styles.of(r == 0 ? Role.TITLE : Role.NOTE));
            Merges.merge(sheet, new CellRangeAddress(r, r, first, Math.min(last, first + 7)));
            short points = r == 0 ? Role.TITLE.points : Role.NOTE.points;
            row.setHeightInPoints(Lines.height(Lines.of(format.formatCellValue(note), width, points), points));
        }
        int lines = 1;
        for (Cell cell : header) {
            cell.setCellStyle(styles.of(Role.LABEL));
            lines = Math.max(lines, Lines.of(format.formatCellValue(cell), sheet.getColumnWidth(cell.getColumnIndex()) / 256.0, Role.LABEL.points));
        }
        header.setHeightInPoints(Lines.height(lines, Role.LABEL.points));
        for (int r = header.getRowNum() + 1; r <= lastRow; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            int rowLines = 0;
            for (int c = first; c <= last; c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                cell.setCellStyle(styles.of(Role.DATA));
                String text = format.formatCellValue(cell);
                if (!text.isEmpty()) {
                    rowLines = Math.max(rowLines, Lines.of(text, sheet.getColumnWidth(c) / 256.0, Role.DATA.points));
                }
            }
            if (rowLines == 0) {
                row.setHeight((short) -1);
            } else {
                row.setHeightInPoints(Lines.height(rowLines, Role.DATA.points));
            }
        }
        int name = columns.stream().filter(c -> c.kind() == Kind.NAME).mapToInt(ScenarioColumn::index).findFirst().orElse(first);
        sheet.createFreezePane(name + 1, header.getRowNum() + 1);
        Printing.fitToWidth(sheet);
        validations(sheet, columns, header.getRowNum() + 1, lastRow);
    }

    private static int lastFilledRow(XSSFSheet sheet, DataFormatter format) {
        int last = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (!format.formatCellValue(cell).isBlank()) {
                    last = row.getRowNum();
                    break;
                }
            }
        }
        return last;
    }

    private static void widen(XSSFSheet sheet, Row header, DataFormatter format, int first, int last) {
        for (int c = first; c <= last; c++) {
            int widest = MIN_WIDTH;
            for (Row row : sheet) {
                if (row.getRowNum() < header.getRowNum() || row.getCell(c) == null) {
                    continue;
                }
                for (String line : format.formatCellValue(row.getCell(c)).split("\n")) {
                    widest = Math.max(widest, Lines.width(line) + 2);
                }
            }
            sheet.setColumnWidth(c, Math.min(widest, MAX_WIDTH) * 256);
        }
    }

    private static void validations(XSSFSheet sheet, List<ScenarioColumn> columns, int first, int last) {
        if (sheet.getCTWorksheet().isSetDataValidations()) {
            sheet.getCTWorksheet().unsetDataValidations();
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        for (ScenarioColumn column : columns) {
            List<String> values = switch (column.kind()) {
                case ENDPOINT -> Deciders.all().stream().map(Decider::path).toList();
                case VERDICT -> verdicts();
                default -> List.of();
            };
            if (values.isEmpty()) {
                continue;
            }
            DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                    new CellRangeAddressList(first, last, column.index(), column.index()));
            validation.setEmptyCellAllowed(true);
            validation.setSuppressDropDownArrow(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(column.kind() == Kind.ENDPOINT ? "Endpoint" : "expect verdict", "Choose one of: " + String.join(", ", values));
            validation.setShowErrorBox(true);
            sheet.addValidationData(validation);
        }
    }
}
