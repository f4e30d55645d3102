package kitei.decisionlog;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** The lines of one group commit, reused from batch to batch; a line that fails half-way is taken back. */
final class LineBuffer extends ByteArrayOutputStream {

    LineBuffer() {
        super(1 << 16);
    }

    int length() {
        return count;
    }

    void cutTo(int length) {
        count = length;
    }

    /** The first {@code length} bytes, to be written. */
    ByteBuffer head(int length) {
        return ByteBuffer.wrap(buf, 0, length);
    }

    /** Drops the first {@code start} bytes (written), keeping the rest at the front. */
    void dropHead(int start) {
        System.arraycopy(buf, start, buf, 0, count - start);
        count -= start;
    }
}
