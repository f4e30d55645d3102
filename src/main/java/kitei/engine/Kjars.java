package kitei.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The kjars of every version of a rule base in one archive: an entry per version, the base's named {@value #BASE}. */
final class Kjars {

    static final String BASE = "base";
    private static final String SUFFIX = ".kjar";

    private Kjars() {
    }

    static byte[] pack(Map<String, byte[]> kjars) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> kjar : kjars.entrySet()) {
                zip.putNextEntry(new ZipEntry(kjar.getKey() + SUFFIX));
                zip.write(kjar.getValue());
                zip.closeEntry();
            }
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    /** The kjars by version ({@value #BASE}, or the day a revision is in force from). */
    static Map<String, byte[]> unpack(byte[] archive) {
        Map<String, byte[]> kjars = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!name.endsWith(SUFFIX)) {
                    throw new IllegalArgumentException("not a kjar of a version: " + name);
                }
                kjars.put(name.substring(0, name.length() - SUFFIX.length()), zip.readAllBytes());
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the compiled versions", unreadable);
        }
        if (!kjars.containsKey(BASE)) {
            throw new IllegalArgumentException("the compiled versions hold no base");
        }
        return kjars;
    }
}
