package kitei.check;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/** Edits a copy of a workbook the way an analyst would: a cell typed over, a row copied, a row cleared. */
public final class Workbooks {

    private static final DataFormatter TEXT = new DataFormatter();

    private Workbooks() {
    }

    public static byte[] setCell(byte[] workbook, String cell, String value) {
        return edit(workbook, sheet -> {
            CellReference at = new CellReference(cell);
            Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
            Cell target = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
            target.setCellValue(value);
        });
    }

    public static byte[] setFormula(byte[] workbook, String cell, String formula) {
        return edit(workbook, sheet -> {
            CellReference at = new CellReference(cell);
            Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
            (row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol())).setCellFormula(formula);
        });
    }

    /** Merges a range of cells, such as {@code I14:I16}, as Excel's "Merge cells" does. */
    public static byte[] merge(byte[] workbook, String range) {
        return edit(workbook, sheet -> sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range)));
    }

    /**
     * Appends {@code count} copies of row {@code from} (1-based) right below the table's last row
     * {@code last}, each with its value in {@code column} made distinct by a suffix, as an analyst
     * filling a table with thousands of rows would.
     */
    public static byte[] appendRows(byte[] workbook, int from, int last, int count, int column) {
        return edit(workbook, sheet -> {
            Row source = sheet.getRow(from - 1);
            for (int i = 1; i <= count; i++) {
                Row target = sheet.createRow(last - 1 + i);
                int copy = i;
                source.forEach(cell -> {
                    if (cell.getColumnIndex() == column) {
                        target.createCell(cell.getColumnIndex()).setCellValue(TEXT.formatCellValue(cell) + "_" + copy);
                    } else {
                        copy(cell, target.createCell(cell.getColumnIndex()));
                    }
                });
            }
        });
    }

    /** Copies row {@code from} (1-based) to row {@code to}, then sets the given cells of the copy. */
    public static byte[] copyRow(byte[] workbook, int from, int to) {
        return edit(workbook, sheet -> {
            Row source = sheet.getRow(from - 1);
            Row target = sheet.createRow(to - 1);
            source.forEach(cell -> copy(cell, target.createCell(cell.getColumnIndex())));
        });
    }

    /** Deletes row {@code row} (1-based) and moves the rows below it up, as "Delete rows" does. */
    public static byte[] deleteRow(byte[] workbook, int row) {
        return edit(workbook, sheet -> {
            sheet.removeRow(sheet.getRow(row - 1));
            if (row <= sheet.getLastRowNum()) {
                sheet.shiftRows(row, sheet.getLastRowNum(), -1);
            }
        });
    }

    /** Copies a cell's value as it is stored: a number stays a number. */
    public static void copy(Cell from, Cell to) {
        if (from.getCellType() == CellType.NUMERIC) {
            to.setCellValue(from.getNumericCellValue());
        } else {
            to.setCellValue(TEXT.formatCellValue(from));
        }
    }

    public static byte[] clearRow(byte[] workbook, int row) {
        return edit(workbook, sheet -> sheet.removeRow(sheet.getRow(row - 1)));
    }

    private interface SheetEdit {
        void apply(Sheet sheet);
    }

    private static byte[] edit(byte[] workbook, SheetEdit edit) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            edit.apply(book.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The workbook with one more part of {@code megabytes} of XML text that compresses about fifty to
     * one: above POI's own zip-bomb ratio (1 %), so only a bound on the unpacked size stops it.
     */
    public static byte[] withHugePart(byte[] workbook, int megabytes) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                out.putNextEntry(new ZipEntry("xl/notes.xml"));
                Random random = new Random(9);
                byte[] line = new byte[1024];
                for (long written = 0; written < megabytes * 1024L * 1024L; written += line.length) {
                    Arrays.fill(line, (byte) ' ');
                    for (int i = 0; i < 6; i++) {
                        line[random.nextInt(line.length)] = (byte) ('a' + random.nextInt(26));
                    }
                    out.write(line);
                }
                out.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
