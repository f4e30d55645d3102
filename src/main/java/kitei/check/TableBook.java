package kitei.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A workbook split the way its editors are: the data cells of its tables (one rule per row, an
 * analyst's to edit) and every other cell that holds something, its machinery (the RuleSet and Import
 * block, each table's name, kinds, fact types, code templates and labels, and the notes above),
 * keyed {@code Sheet!B12}, and the sheet's merged cells. Formulas in data cells are listed apart: the engine computes them, so what
 * the analyst sees is not what is checked.
 */
record TableBook(String file, List<DecisionTable> tables, Map<String, String> machinery, List<Where> formulas) {

    /**
     * The key of a sheet's merged cells among its machinery: the engine repeats a merge's first value
     * over the whole merge, so a merge decides which fact type a column has, or which value a row gets.
     */
    static final String MERGED = "(merged cells)";

    static TableBook read(String file, byte[] bytes) throws IOException {
        List<DecisionTable> tables = new ArrayList<>();
        Map<String, String> machinery = new LinkedHashMap<>();
        List<Where> formulas = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : workbook) {
                List<DecisionTable> ofSheet = DecisionTable.readSheet(file, sheet, format);
                tables.addAll(ofSheet);
                Set<Long> data = dataCells(ofSheet);
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        boolean formula = cell.getCellType() == CellType.FORMULA;
                        String name = DecisionTable.cellName(cell.getRowIndex(), cell.getColumnIndex());
                        if (data.contains(key(cell.getRowIndex(), cell.getColumnIndex()))) {
                            if (formula) {
                                formulas.add(Where.cell(file, sheet.getSheetName(), name));
                            }
                            continue;
                        }
                        String text = formula ? "=" + cell.getCellFormula() : format.formatCellValue(cell);
                        if (!text.isBlank()) {
                            machinery.put(sheet.getSheetName() + "!" + name, text);
                        }
                    }
                }
                String merges = sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().collect(Collectors.joining(", "));
                if (!merges.isEmpty()) {
                    machinery.put(sheet.getSheetName() + "!" + MERGED, merges);
                }
            }
        }
        return new TableBook(file, List.copyOf(tables), machinery, List.copyOf(formulas));
    }

    private static Set<Long> dataCells(List<DecisionTable> tables) {
        Set<Long> cells = new HashSet<>();
        for (DecisionTable table : tables) {
            for (List<DecisionTable.TableRow> rows : List.of(table.rows(), table.strays())) {
                for (DecisionTable.TableRow row : rows) {
                    for (DecisionTable.Column column : table.columns()) {
                        cells.add(key(row.index(), column.index()));
                    }
                }
            }
        }
        return cells;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
