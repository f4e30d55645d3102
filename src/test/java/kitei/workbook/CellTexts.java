package kitei.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The text of every cell of a workbook, in reading order. */
final class CellTexts {

    private CellTexts() {
    }

    static List<String> cells(byte[] bytes) throws IOException {
        List<String> texts = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    row.forEach(cell -> texts.add(format.formatCellValue(cell)));
                }
            }
        }
        return texts;
    }
}
