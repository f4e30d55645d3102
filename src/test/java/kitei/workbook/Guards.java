package kitei.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import kitei.check.Choices;
import kitei.check.DecisionTable;
import kitei.check.DecisionTable.Column;
import kitei.check.ScenarioColumn;
import kitei.check.ScenarioColumn.Kind;

/** What a workbook that guards itself carries, listed as the problems of one that does not. */
final class Guards {

    private static final DataFormatter TEXT = new DataFormatter();

    private Guards() {
    }

    /** The guards of a decision-table workbook that a save may lose: protection, locks, drop-downs, numbers, heights, panes, marks. */
    static List<String> ofTables(String file, byte[] bytes) throws IOException {
        return ofTables(file, bytes, true);
    }

    /**
     * The same, frozen panes left out when {@code views} is false: LibreOffice converting headless has no
     * view, and writes no view settings (no frozen pane) for any workbook; a save from Calc's window keeps them.
     */
    static List<String> ofTables(String file, byte[] bytes, boolean views) throws IOException {
        List<String> problems = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                List<DecisionTable> tables = DecisionTable.readSheet(file, sheet, TEXT);
                if (!tables.isEmpty()) {
                    sheet(file + "!" + sheet.getSheetName(), sheet, tables, views, problems);
                }
            }
        }
        return problems;
    }

    private static void sheet(String where, XSSFSheet sheet, List<DecisionTable> tables, boolean views, List<String> problems) {
        if (!sheet.getProtect()) {
            problems.add(where + ": the sheet is not protected");
        }
        if (sheet.isInsertRowsLocked() || sheet.isDeleteRowsLocked() || sheet.isFormatRowsLocked()) {
            problems.add(where + ": the protection forbids inserting, deleting or resizing rows");
        }
        Set<Long> data = new HashSet<>();
        for (DecisionTable table : tables) {
            int first = table.headerRow() + DecisionTable.FIRST_RULE;
            int last = (table.rows().isEmpty() ? first - 1 : table.rows().get(table.rows().size() - 1).index()) + TableFormat.SPARE_ROWS;
            for (int r = first; r <= last; r++) {
                for (Column column : table.columns()) {
                    data.add(key(r, column.index()));
                    Cell cell = sheet.getRow(r) == null ? null : sheet.getRow(r).getCell(column.index());
                    if (cell == null || cell.getCellStyle().getLocked()) {
                        problems.add(where + "!" + DecisionTable.cellName(r, column.index()) + ": a data cell is locked");
                    } else if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().trim().matches("-?\\d+(\\.\\d+)?")) {
                        problems.add(where + "!" + DecisionTable.cellName(r, column.index()) + ": the number " + cell.getStringCellValue() + " is stored as text");
                    }
                }
            }
            for (Column column : table.columns()) {
                Choices.of(table, column).ifPresent(choices -> {
                    if (!hasDropDown(sheet, first, last, column.index(), choices.values())) {
                        problems.add(where + ": column " + column.shortLabel() + " has no drop-down of " + choices.values() + " over rows " + (first + 1) + "–" + (last + 1));
                    }
                });
            }
            Row labels = sheet.getRow(table.headerRow() + DecisionTable.LABELS);
            int lines = 1;
            for (Cell cell : labels) {
                lines = Math.max(lines, TEXT.formatCellValue(cell).split("\n").length);
            }
            if (labels.getHeightInPoints() < lines * Role.LABEL.points * 1.2) {
                problems.add(where + ": the label row is " + labels.getHeightInPoints() + " pt high, too low for its " + lines + " lines");
            }
            Cell name = sheet.getRow(table.headerRow()).getCell(table.columns().get(0).index());
            if (name.getCellComment() == null || !name.getCellComment().getString().getString().startsWith("Do not edit — read by the rule engine")) {
                problems.add(where + ": the RuleTable cell carries no 'Do not edit — read by the rule engine' note");
            }
            PaneInformation pane = sheet.getPaneInformation();
            if (views && (pane == null || !pane.isFreezePane() || pane.getHorizontalSplitPosition() != first)) {
                problems.add(where + ": the panes are not frozen below the labels (row " + first + ")");
            }
        }
        boolean marked = false;
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = TEXT.formatCellValue(cell);
                if (text.isBlank()) {
                    continue;
                }
                marked |= text.startsWith(TableFormat.MARKER_PREFIX);
                if (!data.contains(key(row.getRowNum(), cell.getColumnIndex())) && !cell.getCellStyle().getLocked()) {
                    problems.add(where + "!" + cell.getAddress() + ": a machinery cell is not locked");
                }
            }
        }
        if (!marked) {
            problems.add(where + ": no row is marked '" + TableFormat.MARKER_PREFIX + "'");
        }
    }

    /** The guards of a scenario book: in columns, frozen panes, drop-downs of endpoint and verdict. */
    static List<String> ofScenarios(String file, byte[] bytes) throws IOException {
        return ofScenarios(file, bytes, true);
    }

    static List<String> ofScenarios(String file, byte[] bytes, boolean views) throws IOException {
        List<String> problems = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                XSSFSheet sheet = book.getSheetAt(i);
                String where = file + "!" + sheet.getSheetName();
                Optional<Row> header = ScenarioFormat.header(sheet);
                if (header.isEmpty()) {
                    continue;
                }
                List<ScenarioColumn> columns = new ArrayList<>();
                header.get().forEach(cell -> ScenarioColumn.of(TEXT.formatCellValue(cell), cell.getColumnIndex()).ifPresent(columns::add));
                if (columns.stream().noneMatch(c -> c.kind() == Kind.REQUEST_FIELD)) {
                    problems.add(where + ": the scenarios are not in columns (no request field column)");
                }
                PaneInformation pane = sheet.getPaneInformation();
                if (views && (pane == null || !pane.isFreezePane() || pane.getHorizontalSplitPosition() != header.get().getRowNum() + 1)) {
                    problems.add(where + ": the panes are not frozen below the header");
                }
                int first = header.get().getRowNum() + 1;
                for (ScenarioColumn column : columns) {
                    List<String> values = column.kind() == Kind.ENDPOINT ? kitei.decision.Deciders.all().stream().map(kitei.decision.Decider::path).toList()
                            : column.kind() == Kind.VERDICT ? ScenarioFormat.verdicts() : List.of();
                    if (!values.isEmpty() && !hasDropDown(sheet, first, first + TableFormat.SPARE_ROWS, column.index(), values)) {
                        problems.add(where + ": column " + column.kind() + " has no drop-down of " + values);
                    }
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (row.getRowNum() > header.get().getRowNum() && cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().trim().matches("-?\\d+(\\.\\d+)?")) {
                            problems.add(where + "!" + cell.getAddress() + ": the number " + cell.getStringCellValue() + " is stored as text");
                        }
                    }
                }
            }
        }
        return problems;
    }

    private static boolean hasDropDown(XSSFSheet sheet, int first, int last, int column, List<String> values) {
        for (XSSFDataValidation validation : sheet.getDataValidations()) {
            String[] listed = validation.getValidationConstraint().getExplicitListValues();
            if (listed == null || !Arrays.asList(listed).equals(values)) {
                continue;
            }
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.getFirstColumn() <= column && range.getLastColumn() >= column && range.getFirstRow() <= first && range.getLastRow() >= last) {
                    return true;
                }
            }
        }
        return false;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

}
