package kitei.decisionlog;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads a decision log (plain or gzipped) line by line. A last line without its newline is a
 * record whose write was cut short (a crash, a full disk): it is handed over as torn, never as a record.
 */
public final class LogLines {

    /** One line: its number, its text, and whether it is a torn last line. */
    public record Line(int number, String text, boolean torn) {
    }

    @FunctionalInterface
    public interface Reader {
        void line(Line line) throws IOException;
    }

    private LogLines() {
    }

    public static void read(Path log, Reader reader) throws IOException {
        try (InputStream raw = Files.newInputStream(log)) {
            read(log.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw, reader);
        }
    }

    /** The lines of a stream, numbered from its first. */
    public static void read(InputStream stream, Reader reader) throws IOException {
        try (InputStream in = new BufferedInputStream(stream, 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
            int number = 0;
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    reader.line(new Line(++number, line.toString(StandardCharsets.UTF_8), false));
                    line.reset();
                } else {
                    line.write(b);
                }
            }
            if (line.size() > 0) {
                reader.line(new Line(++number, line.toString(StandardCharsets.UTF_8), true));
            }
        }
    }
}
