package kitei.release.diff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import kitei.check.DecisionTable;
import kitei.check.UnpackedSize;

/**
 * A workbook as the analyst sees it: per sheet (in workbook order), each row's displayed values from
 * column A, trailing blanks dropped. Styles, widths and the rest of a re-save's noise are not values,
 * so two saves of the same values read the same.
 */
record WorkbookValues(Map<String, List<List<String>>> sheets) {

    /**
     * The most rows a sheet may have to be compared: ten times what a decision table may hold
     * ({@link DecisionTable#MAX_ROWS}), so that no real edit is refused and a 100,000-row sheet is not
     * listed row by row.
     */
    static final int MAX_ROWS = 10 * DecisionTable.MAX_ROWS;

    WorkbookValues {
        sheets = Collections.unmodifiableMap(new LinkedHashMap<>(sheets));
    }

    /** The values read, or why they could not be (a phrase that follows "the workbook"). */
    record Read(WorkbookValues values, String problem) {
    }

    static Read read(byte[] bytes) {
        Optional<String> excess = UnpackedSize.excess(bytes).or(() -> SheetRows.excess(bytes, MAX_ROWS));
        if (excess.isPresent()) {
            return new Read(null, excess.get());
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter format = new DataFormatter();
            format.setUseCachedValuesForFormulaCells(true);
            Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
            for (Sheet sheet : workbook) {
                if (sheet.getLastRowNum() >= MAX_ROWS) {
                    return new Read(null, "has " + (sheet.getLastRowNum() + 1) + " rows in sheet " + sheet.getSheetName()
                            + ", past the " + MAX_ROWS + " a release diff compares");
                }
                sheets.put(sheet.getSheetName(), rows(sheet, format));
            }
            return new Read(new WorkbookValues(sheets), null);
        } catch (IOException | RuntimeException unreadable) {
            return new Read(null, "is not an Excel workbook that can be opened: " + unreadable.getMessage());
        }
    }

    private static List<List<String>> rows(Sheet sheet, DataFormatter format) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            rows.add(values(sheet.getRow(r), format));
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return List.copyOf(rows);
    }

    private static List<String> values(Row row, DataFormatter format) {
        List<String> values = new ArrayList<>();
        if (row == null) {
            return values;
        }
        for (Cell cell : row) {
            while (values.size() < cell.getColumnIndex()) {
                values.add("");
            }
            values.add(format.formatCellValue(cell));
        }
        while (!values.isEmpty() && values.get(values.size() - 1).isBlank()) {
            values.remove(values.size() - 1);
        }
        return List.copyOf(values);
    }
}
