package kitei.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Merged cells as the formatter wants them: one region, replacing whatever overlapped it. */
final class Merges {

    private Merges() {
    }

    static void merge(XSSFSheet sheet, CellRangeAddress wanted) {
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress merged = sheet.getMergedRegion(i);
            if (merged.formatAsString().equals(wanted.formatAsString())) {
                return;
            }
            if (merged.intersects(wanted)) {
                sheet.removeMergedRegion(i);
            }
        }
        sheet.addMergedRegion(wanted);
    }
}
