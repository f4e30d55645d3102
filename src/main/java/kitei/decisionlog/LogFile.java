package kitei.decisionlog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file being appended to, as whole lines only. Every append starts where the last whole line
 * ended and either completes or is cut back to there, so a full disk or a failed write never
 * leaves half a record for the next one to be spliced onto; a torn tail left by a crash mid-write
 * is cut when the file is opened.
 */
final class LogFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogFile.class);
    private static final int TAIL_CHUNK = 8192;

    private final Path path;
    private final Disk disk;
    private FileChannel channel;
    private long whole;

    private LogFile(Path path, Disk disk) {
        this.path = path;
        this.disk = disk;
    }

    static LogFile open(Path path, Disk disk) throws IOException {
        LogFile file = new LogFile(path, disk);
        file.reopen();
        return file;
    }

    Path path() {
        return path;
    }

    /** Bytes of whole lines in the file. */
    long size() {
        return whole;
    }

    /** Writes lines that end in a newline, all of them or none. */
    void append(ByteBuffer lines) throws IOException {
        if (!channel.isOpen()) {
            reopen(); // a write interrupted by close() closes the channel
        }
        if (channel.size() != whole) {
            channel.truncate(whole); // what a failed write left, if cutting it back failed then
        }
        long at = whole;
        try {
            while (lines.hasRemaining()) {
                at += channel.write(lines, at);
            }
        } catch (IOException | RuntimeException failed) {
            cutBack();
            throw failed;
        }
        whole = at;
    }

    /** Asks whether the disk takes a write again, leaving the file as it was (blank lines at worst, which readers skip). */
    void probe(int bytes) throws IOException {
        ByteBuffer blank = ByteBuffer.allocate(bytes);
        while (blank.hasRemaining()) {
            blank.put((byte) '\n');
        }
        blank.flip();
        append(blank);
        whole -= bytes;
        channel.truncate(whole);
    }

    void sync() throws IOException {
        channel.force(false);
    }

    private void cutBack() {
        try {
            if (channel.isOpen()) {
                channel.truncate(whole);
            }
        } catch (IOException e) {
            LOG.warn("cannot cut {} back to its last whole line; the next write will: {}", path, e.toString());
        }
    }

    private void reopen() throws IOException {
        channel = disk.open(path);
        long size = channel.size();
        whole = lastWholeLineEnd(size);
        if (whole < size) {
            LOG.warn("{} ended in {} bytes of a torn line (a write cut short by a crash); cut back to the last whole line",
                    path, size - whole);
            channel.truncate(whole);
        }
    }

    private long lastWholeLineEnd(long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(TAIL_CHUNK);
        long end = size;
        while (end > 0) {
            long start = Math.max(0, end - TAIL_CHUNK);
            chunk.clear().limit((int) (end - start));
            long at = start;
            while (chunk.hasRemaining()) {
                int read = channel.read(chunk, at);
                if (read < 0) {
                    break;
                }
                at += read;
            }
            for (int i = chunk.position() - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
