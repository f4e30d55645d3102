package kitei.decisionlog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a full log aside: {@code decisions.jsonl.1} is the newest old file, {@code .N} the oldest
 * kept. With gzip on, each old file is compressed on a thread of its own ({@code .1.gz}), so the
 * writer does not wait for it unless the previous one is still being compressed.
 */
final class Rotation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Rotation.class);
    private static final String GZ = ".gz";

    private final Path file;
    private final int keep;
    private final ExecutorService compressor;
    private Future<?> compressing;

    Rotation(Path file, int keep, boolean gzip) {
        this.file = file;
        this.keep = keep;
        this.compressor = gzip ? Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kitei-decision-log-gzip");
            thread.setDaemon(true);
            return thread;
        }) : null;
    }

    /** Moves the (closed) file to {@code .1}, shifting the older ones and dropping the oldest. */
    void rotate() throws IOException {
        awaitCompression();
        for (int generation = keep; generation >= 1; generation--) {
            for (String suffix : new String[] {"", GZ}) {
                Path older = sibling(generation, suffix);
                if (generation == keep) {
                    Files.deleteIfExists(older);
                } else if (Files.exists(older)) {
                    Files.move(older, sibling(generation + 1, suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path newest = sibling(1, "");
        Files.move(file, newest, StandardCopyOption.REPLACE_EXISTING);
        if (compressor != null) {
            compressing = compressor.submit(() -> compress(newest));
        }
    }

    private Path sibling(int generation, String suffix) {
        return file.resolveSibling(file.getFileName() + "." + generation + suffix);
    }

    private static void compress(Path plain) {
        Path done = plain.resolveSibling(plain.getFileName() + GZ);
        Path partial = plain.resolveSibling(plain.getFileName() + GZ + ".partial");
        try {
            try (InputStream in = Files.newInputStream(plain); OutputStream out = new FastGzip(Files.newOutputStream(partial))) {
                in.transferTo(out);
            }
            Files.move(partial, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.delete(plain);
        } catch (IOException e) {
            LOG.warn("cannot gzip {}; it stays as it is: {}", plain, e.toString());
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more to do: the plain file is intact
            }
        }
    }

    /** Speed over ratio: JSON lines of decisions still shrink about twentyfold. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private void awaitCompression() {
        if (compressing == null) {
            return;
        }
        try {
            compressing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.warn("gzip of an old decision log failed", e.getCause());
        }
    }

    @Override
    public void close() {
        if (compressor == null) {
            return;
        }
        compressor.shutdown();
        try {
            compressor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
