package kitei.decisionlog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Which logged decisions to replay: every line of a log, or only its last {@code most} lines (a
 * service replaying its own current file on request, which may hold a gigabyte). The last lines are
 * found by reading back from the end, so the cost is that of the lines read, not of the file.
 */
public record LoggedDecisions(Path log, int most) {

    private static final int CHUNK = 1 << 16;
    public static final int EVERY = Integer.MAX_VALUE;

    public LoggedDecisions {
        if (most < 1) {
            throw new IllegalArgumentException("replay at least one logged decision, not " + most);
        }
    }

    public static LoggedDecisions every(Path log) {
        return new LoggedDecisions(log, EVERY);
    }

    public static LoggedDecisions last(Path log, int most) {
        return new LoggedDecisions(log, most);
    }

    public boolean bounded() {
        return most != EVERY;
    }

    /** Where a line is, for a message: {@code decisions.jsonl:12}, or its place among the last lines read. */
    public String where(LogLines.Line line) {
        return log.getFileName() + (bounded() ? ", line " + line.number() + " of the last " + most + " lines" : ":" + line.number());
    }

    /** Hands over the lines, oldest first; a bounded read numbers them from the first line it read. */
    public void read(LogLines.Reader reader) throws IOException {
        if (!bounded()) {
            LogLines.read(log, reader);
            return;
        }
        if (log.getFileName().toString().endsWith(".gz")) {
            throw new IllegalArgumentException(log.getFileName() + " is gzipped, so its last lines cannot be read from its end; "
                    + "replay the current (plain) file, or the whole gzipped one");
        }
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            long size = channel.size(); // lines the service appends while this reads are left for the next replay
            long start = startOfLast(channel, size);
            channel.position(start);
            try (InputStream in = new BoundedInputStream(Channels.newInputStream(channel), size - start)) {
                LogLines.read(in, reader);
            }
        }
    }

    /** Where the last {@code most} lines begin: just after the newline before them, or 0. */
    private long startOfLast(FileChannel channel, long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        int newlines = 0;
        long end = size;
        boolean lastByte = true;
        while (end > 0) {
            long start = Math.max(0, end - CHUNK);
            chunk.clear().limit((int) (end - start));
            long at = start;
            while (chunk.hasRemaining() && channel.read(chunk, at) > 0) {
                at = start + chunk.position();
            }
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n' && !(lastByte && i == chunk.position() - 1)) {
                    if (++newlines == most) {
                        return start + i + 1;
                    }
                }
                lastByte = false;
            }
            end = start;
        }
        return 0;
    }

    /** At most {@code left} bytes of {@code in}. */
    private static final class BoundedInputStream extends FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            left -= b < 0 ? left : 1;
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = super.read(bytes, offset, (int) Math.min(length, left));
            left -= read < 0 ? left : read;
            return read;
        }
    }
}
