package kitei.release.diff;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** The repository's own release tree, and copies of it edited the way an analyst or a rule author would. */
final class Releases {

    static final String PARAMETERS = "decision-tables/parameters.xlsx";
    static final String CONFLICTS = "decision-tables/conflicts.xlsx";
    static final String SCENARIOS = "scenarios/eligibility-and-money.xlsx";
    static final String REALM_DRL = "rules/eligibility/a5-realm.drl";

    private Releases() {
    }

    static Map<String, byte[]> repo() {
        return ReleaseFiles.read(Path.of(""));
    }

    static Map<String, byte[]> with(Map<String, byte[]> release, String path, byte[] content) {
        Map<String, byte[]> edited = new TreeMap<>(release);
        if (content == null) {
            edited.remove(path);
        } else {
            edited.put(path, content);
        }
        return edited;
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The workbook with {@code Sheet!C16} typed over. */
    static byte[] setCell(byte[] workbook, String sheetAndCell, String value) {
        return edit(workbook, book -> {
            CellReference at = new CellReference(sheetAndCell);
            Sheet sheet = book.getSheet(at.getSheetName());
            Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
            Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
            cell.setCellValue(value);
        });
    }

    static byte[] edit(byte[] workbook, Consumer<Workbook> edit) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            edit.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of row {@code from} (1-based) inserted above row {@code at}, pushing the rows below down, as Excel's "Insert copied cells" does. */
    static byte[] insertCopyOfRow(byte[] workbook, String sheetName, int from, int at, String firstValue) {
        return edit(workbook, book -> {
            Sheet sheet = book.getSheet(sheetName);
            sheet.shiftRows(at - 1, sheet.getLastRowNum(), 1);
            Row source = sheet.getRow(from - 1 < at - 1 ? from - 1 : from);
            Row target = sheet.createRow(at - 1);
            source.forEach(cell -> kitei.check.Workbooks.copy(cell, target.createCell(cell.getColumnIndex())));
            target.getCell(source.getFirstCellNum()).setCellValue(firstValue);
        });
    }
}
