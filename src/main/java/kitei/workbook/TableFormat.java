package kitei.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kitei.check.Choices;
import kitei.check.DecisionTable;
import kitei.check.DecisionTable.Column;

/**
 * Formats a decision-table workbook so that it guards itself, without changing a value the rule engine
 * reads: the machinery rows (RuleSet, Import, each table's name, kinds, fact types, code templates and
 * labels) locked, grey and marked "do not edit"; the data rows, and {@value #SPARE_ROWS} empty rows
 * below them, unlocked, with a drop-down where the column takes words of the vocabulary; numbers typed
 * as text stored as numbers; labels and notes wrapped with row heights that fit them; panes frozen below
 * the labels. The sheet is protected without a password, so that an analyst can lift it (Tools ▸ Protect
 * Sheet in LibreOffice), and rows may be inserted, deleted and resized while it is on. Formatting twice
 * gives what formatting once gives.
 */
public final class TableFormat {

    /** Empty rows below a table's last row that are unlocked and offer the drop-downs, for new rows. */
    public static final int SPARE_ROWS = 30;
    /** The start of the marker line above the machinery rows; a later run finds and rewrites it. */
    public static final String MARKER_PREFIX = "▼ 編集しないでください";
    static final String ENGINE_NOTE = "Do not edit — read by the rule engine. Rows %d–%d hold the rule engine's machinery "
            + "(RuleSet, Import, RuleTable, column kinds, fact types, code templates, labels); they are locked. "
            + "Your rows start at row %d: type over them, or insert a row inside the table. "
            + "The protection has no password: Tools ▸ Protect Sheet (LibreOffice) or Review ▸ Unprotect Sheet (Excel) lifts it; "
            + "java -jar target/kitei.jar format-tables puts it back.";
    /** Longest explicit list a drop-down may hold (Excel's limit on a list typed into the validation). */
    static final int MAX_LIST_CHARS = 255;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,6})?");
    private static final int MIN_WIDTH = 12;
    private static final int MAX_WIDTH = 40;

    private TableFormat() {
    }

    public static byte[] format(String file, byte[] bytes) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Styles styles = new Styles(book);
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                List<DecisionTable> tables = DecisionTable.readSheet(file, sheet, new DataFormatter());
                if (!tables.isEmpty()) {
                    new SheetFormat(sheet, tables, styles).apply();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** One sheet being formatted. */
    private static final class SheetFormat {

        private final XSSFSheet sheet;
        private final List<DecisionTable> tables;
        private final Styles styles;
        private final DataFormatter format = new DataFormatter();
        private final int firstColumn;
        private final int lastColumn;

        SheetFormat(XSSFSheet sheet, List<DecisionTable> tables, Styles styles) {
            this.sheet = sheet;
            this.tables = tables;
            this.styles = styles;
            this.firstColumn = tables.stream().flatMap(t -> t.columns().stream()).mapToInt(Column::index).min().orElse(1);
            this.lastColumn = tables.stream().flatMap(t -> t.columns().stream()).mapToInt(Column::index).max().orElse(1);
        }

        void apply() {
            widenColumns();
            int machineryStart = machineryStart();
            int marker = markerRow(machineryStart);
            formatNotes(Math.min(marker, machineryStart));
            for (DecisionTable table : tables) {
                formatMachinery(table, machineryStart);
                formatData(table);
            }
            formatMarker(marker, machineryStart);
            validations();
            sheet.createFreezePane(0, tables.get(0).headerRow() + DecisionTable.FIRST_RULE);
            Printing.fitToWidth(sheet);
            protect();
        }

        /** Each table column as wide as its widest label line or value, within bounds; the margin column narrow. */
        private void widenColumns() {
            if (firstColumn > 0) {
                sheet.setColumnWidth(firstColumn - 1, 2 * 256);
            }
            for (DecisionTable table : tables) {
                for (Column column : table.columns()) {
                    int widest = MIN_WIDTH;
                    for (String line : column.label().split("\n")) {
                        widest = Math.max(widest, Lines.width(line) + 2);
                    }
                    for (DecisionTable.TableRow row : table.rows()) {
                        widest = Math.max(widest, Lines.width(row.value(column)) + 2);
                    }
                    sheet.setColumnWidth(column.index(), Math.min(widest, MAX_WIDTH) * 256);
                }
            }
        }

        /** The first row of machinery: the RuleSet or Import row, else the first table's name. */
        private int machineryStart() {
            int start = tables.get(0).headerRow();
            for (Row row : sheet) {
                if (row.getRowNum() >= start) {
                    break;
                }
                for (Cell cell : row) {
                    String text = format.formatCellValue(cell).trim();
                    if (text.equalsIgnoreCase("RuleSet") || text.equalsIgnoreCase("Import")) {
                        return row.getRowNum();
                    }
                }
            }
            return start;
        }

        /** The row that holds (or will hold) the marker: the empty row above the machinery, or one already marked. */
        private int markerRow(int machineryStart) {
            int above = machineryStart - 1;
            if (above < 0) {
                return -1;
            }
            Row row = sheet.getRow(above);
            if (row == null || isBlank(row) || text(row, firstColumn).startsWith(MARKER_PREFIX)) {
                return above;
            }
            return -1;
        }

        private boolean isBlank(Row row) {
            for (Cell cell : row) {
                if (!format.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        /** The notes above the machinery, each on one line merged across the table and wrapped: the tariff's Japanese text visible. */
        private void formatNotes(int end) {
            for (int r = 0; r < end; r++) {
                Row row = sheet.getRow(r);
                if (row == null || isBlank(row) || !onlyFirstColumn(row)) {
                    continue;
                }
                Cell cell = row.getCell(firstColumn);
                if (isParameterValuesNote(cell)) {
                    setText(cell, SheetNotes.parameterValues());
                }
                cell.setCellStyle(styles.of(r == 0 ? Role.TITLE : Role.NOTE));
                mergeAcross(r);
                short points = r == 0 ? Role.TITLE.points : Role.NOTE.points;
                row.setHeightInPoints(Lines.height(Lines.of(format.formatCellValue(cell), mergedWidth(), points), points));
            }
        }

        private boolean isParameterValuesNote(Cell cell) {
            return tables.stream().anyMatch(t -> t.name().equals("Parameters"))
                    && format.formatCellValue(cell).startsWith(SheetNotes.PARAMETER_VALUES_PREFIX);
        }

        private boolean onlyFirstColumn(Row row) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() != firstColumn && !format.formatCellValue(cell).isBlank()) {
                    return false;
                }
            }
            return row.getCell(firstColumn) != null;
        }

        private void mergeAcross(int r) {
            if (lastColumn == firstColumn) {
                return;
            }
            Merges.merge(sheet, new CellRangeAddress(r, r, firstColumn, lastColumn));
        }

        private double mergedWidth() {
            double chars = 0;
            for (int c = firstColumn; c <= lastColumn; c++) {
                chars += sheet.getColumnWidth(c) / 256.0;
            }
            return chars;
        }

        /** The RuleSet block and the table's header rows: locked, grey, wrapped; the labels in the label style. */
        private void formatMachinery(DecisionTable table, int machineryStart) {
            int labels = table.headerRow() + DecisionTable.LABELS;
            for (int r = machineryStart; r <= labels; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Role role = r == labels ? Role.LABEL : r < table.headerRow() ? Role.SETTING : Role.MACHINERY;
                for (Cell cell : row) {
                    cell.setCellStyle(styles.of(role));
                }
                if (r == labels || r == table.headerRow() + DecisionTable.TEMPLATES) {
                    for (Column column : table.columns()) {
                        Cell cell = row.getCell(column.index()) == null ? row.createCell(column.index()) : row.getCell(column.index());
                        cell.setCellStyle(styles.of(role));
                    }
                }
                row.setHeightInPoints(role.wrap ? heightToFit(row, role.points) : Lines.height(1, role.points));
            }
            Cell name = sheet.getRow(table.headerRow()).getCell(table.columns().get(0).index());
            comment(name, String.format(ENGINE_NOTE, machineryStart + 1, labels + 1, labels + 2));
        }

        /** The data rows and the spare rows below them: unlocked, wrapped; a number typed as text stored as a number. */
        private void formatData(DecisionTable table) {
            int first = table.headerRow() + DecisionTable.FIRST_RULE;
            int last = lastDataRow(table) + SPARE_ROWS;
            for (int r = first; r <= last; r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                for (Column column : table.columns()) {
                    Cell cell = row.getCell(column.index()) == null ? row.createCell(column.index()) : row.getCell(column.index());
                    storeNumber(cell);
                    cell.setCellStyle(styles.of(Role.DATA));
                }
                if (isBlank(row)) {
                    row.setHeight((short) -1);
                } else {
                    fitHeight(row, Role.DATA.points);
                }
            }
        }

        private int lastDataRow(DecisionTable table) {
            return table.rows().isEmpty() ? table.headerRow() + DecisionTable.LABELS : table.rows().get(table.rows().size() - 1).index();
        }

        private static void storeNumber(Cell cell) {
            if (cell.getCellType() == CellType.STRING) {
                String text = cell.getStringCellValue().trim();
                if (PLAIN_NUMBER.matcher(text).matches()) {
                    cell.setBlank();
                    cell.setCellValue(Double.parseDouble(text));
                }
            }
        }

        private void fitHeight(Row row, short points) {
            row.setHeightInPoints(heightToFit(row, points));
        }

        private float heightToFit(Row row, short points) {
            int lines = 1;
            for (Cell cell : row) {
                String text = format.formatCellValue(cell);
                if (!text.isEmpty()) {
                    lines = Math.max(lines, Lines.of(text, sheet.getColumnWidth(cell.getColumnIndex()) / 256.0, points));
                }
            }
            return Lines.height(lines, points);
        }

        private void formatMarker(int marker, int machineryStart) {
            if (marker < 0) {
                return;
            }
            DecisionTable table = tables.get(tables.size() - 1);
            int labels = table.headerRow() + DecisionTable.LABELS;
            Row row = sheet.getRow(marker) == null ? sheet.createRow(marker) : sheet.getRow(marker);
            Cell cell = row.getCell(firstColumn) == null ? row.createCell(firstColumn) : row.getCell(firstColumn);
            setText(cell, MARKER_PREFIX + "（" + (machineryStart + 1) + "〜" + (labels + 1) + " 行はルールエンジンが読み取ります）"
                    + " / Rows " + (machineryStart + 1) + "–" + (labels + 1) + ": do not edit — read by the rule engine (locked)."
                    + " Your rows start at row " + (labels + 2) + ".");
            cell.setCellStyle(styles.of(Role.MARKER));
            mergeAcross(marker);
            row.setHeightInPoints(Lines.height(Lines.of(cell.getStringCellValue(), mergedWidth(), Role.MARKER.points), Role.MARKER.points));
        }

        private void comment(Cell cell, String text) {
            if (cell.getCellComment() != null) {
                if (cell.getCellComment().getString().getString().equals(text)) {
                    return;
                }
                cell.removeCellComment();
            }
            var drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 4);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 8);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
            comment.setAuthor("kitei format-tables");
            cell.setCellComment(comment);
        }

        /** A drop-down on each data column that takes words of the vocabulary; a list column's offers without refusing. */
        private void validations() {
            if (sheet.getCTWorksheet().isSetDataValidations()) {
                sheet.getCTWorksheet().unsetDataValidations();
            }
            XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
            for (DecisionTable table : tables) {
                int first = table.headerRow() + DecisionTable.FIRST_RULE;
                int last = lastDataRow(table) + SPARE_ROWS;
                for (Column column : table.columns()) {
                    Optional<Choices> choices = Choices.of(table, column);
                    if (choices.isEmpty() || choices.get().values().isEmpty()) {
                        continue;
                    }
                    List<String> values = choices.get().values();
                    if (String.join(",", values).length() > MAX_LIST_CHARS) {
                        throw new IllegalStateException(table.sheet() + " column '" + column.shortLabel() + "' has more choices than a drop-down holds ("
                                + MAX_LIST_CHARS + " characters): " + values);
                    }
                    DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                            new CellRangeAddressList(first, last, column.index(), column.index()));
                    validation.setEmptyCellAllowed(true);
                    validation.setSuppressDropDownArrow(true);
                    if (choices.get().several()) {
                        validation.setShowErrorBox(false);
                        validation.createPromptBox(column.shortLabel(), "Choose from the list, or type several separated by commas.");
                        validation.setShowPromptBox(true);
                    } else {
                        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                        validation.createErrorBox(column.shortLabel(), "Choose one of: " + String.join(", ", values));
                        validation.setShowErrorBox(true);
                    }
                    sheet.addValidationData(validation);
                }
            }
        }

        /** Protected without a password; inserting, deleting and resizing rows stays allowed. */
        private void protect() {
            sheet.lockInsertRows(false);
            sheet.lockDeleteRows(false);
            sheet.lockFormatRows(false);
            sheet.lockFormatColumns(false);
            sheet.lockSelectLockedCells(false);
            sheet.lockSelectUnlockedCells(false);
            sheet.enableLocking();
        }
    }

    /** Sets a cell's text only when it differs: setting the same text again would count it twice among the shared strings. */
    private static void setText(Cell cell, String text) {
        if (cell.getCellType() != CellType.STRING || !cell.getStringCellValue().equals(text)) {
            cell.setCellValue(text);
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

}
