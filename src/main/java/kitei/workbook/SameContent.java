package kitei.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Whether two workbooks hold the same parts byte for byte: a workbook written again holds the same parts
 * under new zip timestamps, and the formatter leaves such a file as it is rather than churn its bytes.
 */
public final class SameContent {

    private SameContent() {
    }

    public static boolean of(byte[] one, byte[] other) throws IOException {
        Map<String, byte[]> a = parts(one);
        Map<String, byte[]> b = parts(other);
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(part -> Arrays.equals(part.getValue(), b.get(part.getKey())));
    }

    private static Map<String, byte[]> parts(byte[] workbook) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        }
        return parts;
    }
}
