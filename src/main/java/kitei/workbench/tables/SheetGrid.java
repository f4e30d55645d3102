package kitei.workbench.tables;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A sheet as its cells' text, row by row (0-based), the way a spreadsheet shows it: what a page
 * draws a problem on. Bounded, so that a sheet with a stray cell far away does not make a huge page.
 */
public record SheetGrid(String sheet, Map<Integer, Map<Integer, String>> rows, int columns) {

    public static final int MAX_ROWS = 1_200;
    public static final int MAX_COLUMNS = 40;

    public String text(int row, int column) {
        return rows.getOrDefault(row, Map.of()).getOrDefault(column, "");
    }

    public int lastRow() {
        return rows.isEmpty() ? -1 : ((TreeMap<Integer, Map<Integer, String>>) rows).lastKey();
    }

    public static List<SheetGrid> read(byte[] bytes) throws IOException {
        List<SheetGrid> sheets = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : workbook) {
                TreeMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
                int columns = 0;
                for (Row row : sheet) {
                    if (row.getRowNum() >= MAX_ROWS) {
                        break;
                    }
                    for (Cell cell : row) {
                        String text = format.formatCellValue(cell);
                        if (cell.getColumnIndex() < MAX_COLUMNS && !text.isBlank()) {
                            rows.computeIfAbsent(row.getRowNum(), r -> new TreeMap<>()).put(cell.getColumnIndex(), text);
                            columns = Math.max(columns, cell.getColumnIndex() + 1);
                        }
                    }
                }
                sheets.add(new SheetGrid(sheet.getSheetName(), rows, columns));
            }
        }
        return sheets;
    }
}
