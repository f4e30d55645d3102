package kitei.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The bound on what a workbook may unpack to, checked before POI parses it: an .xlsx is a zip of XML
 * parts, and a few compressed kilobytes can inflate to gigabytes that POI would hold in the heap.
 * The pass inflates each part into nothing and counts the bytes it really yields (the sizes a zip
 * declares can lie), stopping at the first bound passed.
 */
public final class UnpackedSize {

    /** A table of 1,000 rows unpacks to well under 1 MiB; these leave room for styles and long texts. */
    static final long MAX_PART_BYTES = 8L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 16L * 1024 * 1024;
    static final int MAX_PARTS = 200;
    private static final String HINT = " (a table of " + DecisionTable.MAX_ROWS + " rows needs less than 1 MiB),"
            + " so it is refused before it is opened";

    static {
        // POI's own guard too, for the parse that follows and for workbooks read without this pass (scenario books).
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private UnpackedSize() {
    }

    /** Why the workbook is too large once unpacked, or empty when it is within bounds (or no zip at all: POI says so). */
    public static Optional<String> excess(byte[] workbook) {
        byte[] sink = new byte[64 * 1024];
        long total = 0;
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++parts > MAX_PARTS) {
                    return Optional.of("holds more than " + MAX_PARTS + " parts; a workbook of decision tables has about ten");
                }
                long part = 0;
                for (int read = zip.read(sink); read > 0; read = zip.read(sink)) {
                    part += read;
                    total += read;
                    if (part > MAX_PART_BYTES) {
                        return Optional.of("unpacks to more than " + mib(MAX_PART_BYTES) + " in its part " + entry.getName() + HINT);
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        return Optional.of("unpacks to more than " + mib(MAX_TOTAL_BYTES) + " in all" + HINT);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            return Optional.empty(); // not a zip, or a damaged one: opening it names that
        }
        return Optional.empty();
    }

    private static String mib(long bytes) {
        return bytes / (1024 * 1024) + " MiB";
    }
}
