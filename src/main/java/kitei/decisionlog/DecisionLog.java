package kitei.decisionlog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends every decision as one JSON line, written by a thread of its own from a bounded queue.
 * It never drops a record: when the queue is full, {@link #append} says no and the caller refuses
 * the decision (503) instead of answering one that would go unlogged. {@link #close} writes
 * everything queued before it returns. Files rotate by size: {@code decisions.jsonl.1} is the newest old one.
 */
public final class DecisionLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.class);

    private final DecisionLogConfig config;
    private final ObjectMapper json;
    private final BlockingQueue<DecisionRecord> queue;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;
    private BufferedWriter out;
    private long size;

    private final Runnable beforeEachWrite;

    private DecisionLog(DecisionLogConfig config, ObjectMapper json, Runnable beforeEachWrite) {
        this.config = config;
        this.json = json;
        this.beforeEachWrite = beforeEachWrite;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.writer = new Thread(this::writeLoop, "kitei-decision-log");
        writer.setDaemon(true);
    }

    public static DecisionLog open(DecisionLogConfig config, ObjectMapper json) {
        return open(config, json, () -> { });
    }

    /** A log whose writer runs {@code beforeEachWrite} first: tests use it to stand for a slow disk. */
    static DecisionLog open(DecisionLogConfig config, ObjectMapper json, Runnable beforeEachWrite) {
        DecisionLog log = new DecisionLog(config, json, beforeEachWrite);
        if (config.enabled()) {
            log.openFile();
            log.writer.start();
        }
        return log;
    }

    /** Queues a record; false when the log is full (or closing), so that the decision is refused, not lost. */
    public boolean append(DecisionRecord record) {
        if (!config.enabled()) {
            return true;
        }
        if (closing || !queue.offer(record)) {
            refused.incrementAndGet();
            return false;
        }
        return true;
    }

    public int queued() {
        return queue.size();
    }

    public long refused() {
        return refused.get();
    }

    public long written() {
        return written.get();
    }

    public Path file() {
        return config.file();
    }

    private void writeLoop() {
        ArrayDeque<DecisionRecord> pending = new ArrayDeque<>();
        while (!closing || !queue.isEmpty() || !pending.isEmpty()) {
            try {
                if (pending.isEmpty()) {
                    DecisionRecord first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    pending.add(first);
                    queue.drainTo(pending);
                }
                while (!pending.isEmpty()) {
                    write(pending.peekFirst());
                    pending.pollFirst();
                }
                out.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                // What is not written stays pending and is retried: a record is never dropped for a write error.
                LOG.error("cannot write the decision log {}; {} records wait", config.file(), queue.size() + pending.size(), e);
                sleepBeforeRetry();
            }
        }
    }

    private static void sleepBeforeRetry() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(DecisionRecord record) throws IOException {
        beforeEachWrite.run();
        String line = json.writeValueAsString(record) + "\n";
        int bytes = line.getBytes(StandardCharsets.UTF_8).length;
        if (size > 0 && size + bytes > config.maxFileBytes()) {
            rotate();
        }
        out.write(line);
        size += bytes;
        written.incrementAndGet();
    }

    private void rotate() throws IOException {
        out.close();
        Path file = config.file();
        for (int i = config.keepFiles() - 1; i >= 1; i--) {
            Path older = sibling(file, i);
            if (Files.exists(older)) {
                Files.move(older, sibling(file, i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, sibling(file, 1), StandardCopyOption.REPLACE_EXISTING);
        openFile();
    }

    private static Path sibling(Path file, int generation) {
        return file.resolveSibling(file.getFileName() + "." + generation);
    }

    private void openFile() {
        try {
            Path parent = config.file().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            out = Files.newBufferedWriter(config.file(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            size = Files.size(config.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the decision log " + config.file(), e);
        }
    }

    /** Stops taking records and returns once every queued record is written and flushed. */
    @Override
    public void close() {
        closing = true;
        if (!config.enabled()) {
            return;
        }
        try {
            writer.join();
            out.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.error("cannot close the decision log {}", config.file(), e);
        }
        LOG.info("decision log {} closed: {} records written, {} decisions refused when it was full", config.file(), written(), refused());
    }
}
