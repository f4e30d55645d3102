package kitei.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The name a table row's rule goes by in traces and reports, read from the row itself: its sheet, its
 * row number, and what the row is about in the words of its column labels, such as
 * "Conflicts row 14: uses PROXY, cannot also use GROUP", or "Parameters row 16: NOTICE_DAYS". It depends
 * on that row's cells only, so an edit of another row leaves it as it is.
 */
final class RowNames {

    private static final int KINDS = 1;
    private static final int LABELS = 4;

    private RowNames() {
    }

    /** The sentence of the table row at 1-based {@code rowNumber} of the table whose header cell is at {@code header}. */
    static String of(Sheet sheet, int header, int firstColumn, int rowNumber, DataFormatter format) {
        List<String> kinds = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int c = firstColumn; !text(sheet, header + KINDS, c, format).isEmpty(); c++) {
            kinds.add(text(sheet, header + KINDS, c, format).toUpperCase(Locale.ROOT));
            labels.add(shortLabel(raw(sheet, header + LABELS, c, format)));
        }
        int row = rowNumber - 1;
        String about = "";
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).equalsIgnoreCase("name") && kinds.get(i).startsWith("ACTION")) {
                about = text(sheet, row, firstColumn + i, format);
            }
        }
        if (about.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                String value = text(sheet, row, firstColumn + i, format);
                if (kinds.get(i).startsWith("CONDITION") && !value.isEmpty()) {
                    parts.add(labels.get(i).isEmpty() ? value : lowerFirst(labels.get(i)) + " " + value);
                }
            }
            about = String.join(", ", parts);
        }
        String sheetName = words(sheet.getSheetName());
        return sheetName + " row " + rowNumber + (about.isEmpty() ? "" : ": " + about);
    }

    /** The English of a bilingual label (its last line), without a parenthesis such as "(blank: any)". */
    private static String shortLabel(String label) {
        String[] lines = label.split("\n");
        return lines[lines.length - 1].replaceAll("\\s*\\([^)]*\\)", "").trim();
    }

    /** "ChangeItems" as "Change items". */
    private static String words(String camel) {
        String spaced = camel.replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        return spaced.isEmpty() ? spaced : spaced.charAt(0) + spaced.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String text) {
        return text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String text(Sheet sheet, int row, int column, DataFormatter format) {
        return raw(sheet, row, column, format).replaceAll("\\s+", " ");
    }

    private static String raw(Sheet sheet, int row, int column, DataFormatter format) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        return cell == null ? "" : format.formatCellValue(cell).trim();
    }
}
