package kitei.decisionlog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A disk for tests: it can fill up (a write past {@code capacity} writes what fits, then fails as
 * ENOSPC does), hang (a write blocks, deaf to interrupts, until released) or be slow.
 */
final class FaultyDisk implements Disk {

    volatile long capacity = Long.MAX_VALUE;
    volatile long millisPerWrite;
    volatile CountDownLatch hang;

    void fill(long bytes) {
        capacity = bytes;
    }

    void makeRoom() {
        capacity = Long.MAX_VALUE;
    }

    @Override
    public FileChannel open(Path file) throws IOException {
        return new Faulty(Disk.REAL.open(file));
    }

    private final class Faulty extends FileChannel {
        private final FileChannel real;

        Faulty(FileChannel real) {
            this.real = real;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            CountDownLatch blocked = hang;
            if (blocked != null) {
                boolean released = false;
                while (!released) {
                    try {
                        blocked.await();
                        released = true;
                    } catch (InterruptedException deaf) {
                        // a hung disk does not answer interrupts
                    }
                }
            }
            if (millisPerWrite > 0) {
                try {
                    Thread.sleep(millisPerWrite);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            long room = capacity - position;
            if (room <= 0) {
                throw new IOException("No space left on device");
            }
            if (src.remaining() > room) {
                ByteBuffer part = src.duplicate();
                part.limit(part.position() + (int) room);
                int written = real.write(part, position);
                src.position(src.position() + written);
                return written;
            }
            return real.write(src, position);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }

        @Override
        public int read(ByteBuffer dst) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException("the log writes at positions");
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileChannel position(long newPosition) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }
    }
}
