package kitei.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * One RuleTable of a workbook read the way Drools reads it: below the {@code RuleTable <name>} cell a
 * row of column kinds (CONDITION, ACTION, METADATA), a row of fact types, a row of code templates, a
 * row of labels in the tariff's words, then one rule per row until a blank row. Rows typed below
 * that blank row, which the engine never reads, are kept apart as {@code strays} for the gate to refuse.
 */
public record DecisionTable(String file, String sheet, String name, String ruleSet, List<String> imports,
                            int headerRow, List<Column> columns, List<TableRow> rows, List<TableRow> strays) {

    public DecisionTable(String file, String sheet, String name, String ruleSet, List<String> imports,
                         int headerRow, List<Column> columns, List<TableRow> rows) {
        this(file, sheet, name, ruleSet, imports, headerRow, columns, rows, List.of());
    }

    public static final int KINDS = 1;
    public static final int OBJECTS = 2;
    public static final int TEMPLATES = 3;
    public static final int LABELS = 4;
    public static final int FIRST_RULE = 5;
    /**
     * The most rules a table may hold: each row becomes a rule the engine compiles to Java, and a few
     * thousand exhaust the service's heap while it builds them. The tariff's tables hold tens.
     */
    public static final int MAX_ROWS = 1_000;

    /** A column of the table: what kind, on which fact type, with which code template, under which label. */
    public record Column(int index, String kind, String objectType, String template, String label) {

        public boolean isCondition() {
            return kind.toUpperCase().startsWith("CONDITION");
        }

        /** The label's last line: the English of a bilingual label. */
        public String shortLabel() {
            String[] lines = label.split("\n");
            return lines[lines.length - 1].trim();
        }
    }

    /** One rule of the table: its 0-based sheet row and the text of each column's cell. */
    public record TableRow(int index, Map<Integer, String> values) {

        public String value(Column column) {
            return values.getOrDefault(column.index(), "");
        }

        /** The row number an analyst sees (1-based). */
        public int number() {
            return index + 1;
        }
    }

    public Where at(TableRow row, Column column) {
        return Where.cell(file, sheet, cellName(row.index(), column.index()));
    }

    public Where templateOf(Column column) {
        return Where.cell(file, sheet, cellName(headerRow + TEMPLATES, column.index()));
    }

    public Where header() {
        return Where.cell(file, sheet, cellName(headerRow, columns.isEmpty() ? 1 : columns.get(0).index()));
    }

    public Optional<TableRow> row(int index) {
        return rows.stream().filter(r -> r.index() == index).findFirst();
    }

    public static String cellName(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }

    /** The first row past {@link #MAX_ROWS}, when the table has more. */
    public Optional<TableRow> pastBound() {
        return rows.size() > MAX_ROWS ? Optional.of(rows.get(MAX_ROWS)) : Optional.empty();
    }

    /** Every RuleTable of a workbook, as the gate reads them (for pages that show the tables). */
    public static List<DecisionTable> read(String file, byte[] bytes) throws java.io.IOException {
        return TableBook.read(file, bytes).tables();
    }

    /** Every RuleTable of a sheet; {@link TableBook} reads a whole workbook. */
    public static List<DecisionTable> readSheet(String file, Sheet sheet, DataFormatter format) {
        String ruleSet = "";
        List<String> imports = new ArrayList<>();
        List<DecisionTable> tables = new ArrayList<>();
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                String text = format.formatCellValue(cell).trim();
                if (text.equalsIgnoreCase("RuleSet")) {
                    ruleSet = text(sheet, r, cell.getColumnIndex() + 1, format);
                } else if (text.equalsIgnoreCase("Import")) {
                    for (String name : text(sheet, r, cell.getColumnIndex() + 1, format).split(",")) {
                        if (!name.isBlank()) {
                            imports.add(name.trim());
                        }
                    }
                } else if (text.startsWith("RuleTable ")) {
                    DecisionTable table = readTable(file, sheet, r, cell.getColumnIndex(), text.substring(10).trim(), ruleSet, imports, format);
                    tables.add(table);
                    r = Math.max(r + FIRST_RULE - 1, lastIndex(table));
                    break;
                }
            }
        }
        return tables;
    }

    private static int lastIndex(DecisionTable table) {
        int last = -1;
        for (TableRow row : table.rows()) {
            last = Math.max(last, row.index());
        }
        for (TableRow row : table.strays()) {
            last = Math.max(last, row.index());
        }
        return last;
    }

    private static DecisionTable readTable(String file, Sheet sheet, int header, int firstColumn, String name,
                                           String ruleSet, List<String> imports, DataFormatter format) {
        List<Column> columns = new ArrayList<>();
        String objectType = "";
        for (int c = firstColumn; ; c++) {
            String kind = text(sheet, header + KINDS, c, format);
            if (kind.isEmpty()) {
                break;
            }
            String object = text(sheet, header + OBJECTS, c, format);
            if (!object.isEmpty() || !continuesMerge(sheet, header + OBJECTS, c)) {
                objectType = object;
            }
            columns.add(new Column(c, kind, objectType, text(sheet, header + TEMPLATES, c, format), text(sheet, header + LABELS, c, format)));
        }
        List<TableRow> rows = new ArrayList<>();
        List<TableRow> strays = new ArrayList<>();
        for (int r = header + FIRST_RULE; r <= sheet.getLastRowNum() && !startsTable(sheet, r, format); r++) {
            Map<Integer, String> values = new LinkedHashMap<>();
            for (Column column : columns) {
                String value = text(sheet, r, column.index(), format);
                if (!value.isEmpty()) {
                    values.put(column.index(), value);
                }
            }
            if (!values.isEmpty()) {
                (strays.isEmpty() && rows.size() == r - header - FIRST_RULE ? rows : strays).add(new TableRow(r, values));
            }
        }
        return new DecisionTable(file, sheet.getSheetName(), name, ruleSet, List.copyOf(imports), header, columns, rows, List.copyOf(strays));
    }

    /** The empty rows right above a stray row, as 1-based numbers: from the row after the last one read. */
    public int[] gapAbove(TableRow stray) {
        int above = headerRow + FIRST_RULE;
        for (TableRow row : rows) {
            above = Math.max(above, row.index() + 1);
        }
        for (TableRow other : strays) {
            if (other.index() < stray.index()) {
                above = Math.max(above, other.index() + 1);
            }
        }
        return new int[] {above + 1, stray.index()};
    }

    private static boolean startsTable(Sheet sheet, int row, DataFormatter format) {
        Row r = sheet.getRow(row);
        if (r == null) {
            return false;
        }
        for (Cell cell : r) {
            if (format.formatCellValue(cell).trim().startsWith("RuleTable ")) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesMerge(Sheet sheet, int row, int column) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(row, column) && merged.getFirstColumn() < column) {
                return true;
            }
        }
        return false;
    }

    private static String text(Sheet sheet, int row, int column, DataFormatter format) {
        Row r = sheet.getRow(row);
        if (r == null || r.getCell(column) == null) {
            return "";
        }
        return format.formatCellValue(r.getCell(column)).trim();
    }
}
