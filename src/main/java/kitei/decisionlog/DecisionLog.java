package kitei.decisionlog;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Appends every decision as one JSON line, written by a thread of its own from a bounded queue in
 * group commits: the thread takes every record waiting, writes them in one go, and then completes
 * them all at once. {@link #append} answers with a future that completes when the decision may be
 * answered, as the {@link DecisionLogMode} says, or fails when it may not be ({@link Refused}: the
 * queue is full, the log cannot be written, or it is closing), so that no decision is answered
 * whose record could be lost. A write failure is visible at once ({@link #problem}), retried with
 * back-off, and over when a write works again. {@link #close} waits a bounded time, then reports
 * what it could not write.
 */
public final class DecisionLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.class);
    private static final CompletableFuture<Void> TAKEN = CompletableFuture.completedFuture(null);
    private static final int MOST_PER_COMMIT = 1024;
    private static final long FIRST_RETRY_MILLIS = 100;
    private static final long LONGEST_RETRY_MILLIS = 5_000;
    private static final long STALLED_AFTER_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final int PROBE_BYTES = 64 * 1024;

    /** Why a record was not taken: its decision must not be answered as made. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The log cannot be opened at start (a read-only or missing directory, no permission). */
    public static final class CannotOpen extends RuntimeException {
        CannotOpen(Path file, IOException cause) {
            super("cannot open the decision log " + file.toAbsolutePath() + ": " + reason(cause), cause);
        }
    }

    private record Pending(DecisionRecord record, CompletableFuture<Void> logged) {
    }

    private record Failure(String reason, Instant since) {
    }

    private final DecisionLogConfig config;
    private final Disk disk;
    private final RecordLines lines;
    private final BlockingQueue<Pending> queue;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong writeFailures = new AtomicLong();
    private final LineBuffer buffer = new LineBuffer();
    private final List<Pending> batch = new ArrayList<>();
    private final Thread writer;
    private volatile boolean closing;
    private volatile Failure failing;
    private volatile long writingSince;
    private int retries;
    private LogFile file;
    private Rotation rotation;

    private DecisionLog(DecisionLogConfig config, ObjectMapper json, Disk disk) {
        this.config = config;
        this.disk = disk;
        this.lines = new RecordLines(json);
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        this.writer = new Thread(this::writeLoop, "kitei-decision-log");
        writer.setDaemon(true);
    }

    public static DecisionLog open(DecisionLogConfig config, ObjectMapper json) {
        return open(config, json, Disk.REAL);
    }

    static DecisionLog open(DecisionLogConfig config, ObjectMapper json, Disk disk) {
        DecisionLog log = new DecisionLog(config, json, disk);
        if (config.enabled()) {
            try {
                Path parent = config.file().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                log.file = LogFile.open(config.file(), disk);
            } catch (IOException e) {
                throw new CannotOpen(config.file(), e);
            }
            log.rotation = new Rotation(config.file(), config.keepFiles(), config.gzipRotated());
            log.writer.start();
        }
        return log;
    }

    /**
     * Takes a record; the future completes when its decision may be answered and fails with
     * {@link Refused} when it may not (the refusal is counted).
     */
    public CompletableFuture<Void> append(DecisionRecord record) {
        if (!config.enabled()) {
            return TAKEN;
        }
        if (closing) {
            return refuse("the decision log is closing");
        }
        if (!config.mode().waitsForTheRecord()) {
            return queue.offer(new Pending(record, null)) ? TAKEN : refuse(fullOrFailing());
        }
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            return refuse(problem.get());
        }
        CompletableFuture<Void> logged = new CompletableFuture<>();
        return queue.offer(new Pending(record, logged)) ? logged : refuse(fullOrFailing());
    }

    private String fullOrFailing() {
        return problem().orElse("the decision log is full (" + config.queueCapacity() + " records wait to be written)");
    }

    private CompletableFuture<Void> refuse(String reason) {
        refused.incrementAndGet();
        return CompletableFuture.failedFuture(new Refused(reason));
    }

    /** Why records cannot be written now, if they cannot: the reason readiness gives. */
    public Optional<String> problem() {
        Failure failure = failing;
        if (failure != null) {
            return Optional.of("cannot write " + config.file() + ": " + failure.reason() + " (since " + failure.since() + ")");
        }
        long since = writingSince;
        long stalled = since == 0 ? 0 : System.nanoTime() - since;
        if (stalled > STALLED_AFTER_NANOS) {
            return Optional.of("a write to " + config.file() + " has not returned for " + TimeUnit.NANOSECONDS.toSeconds(stalled) + " s");
        }
        return Optional.empty();
    }

    public boolean healthy() {
        return problem().isEmpty();
    }

    public DecisionLogMode mode() {
        return config.mode();
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

    public long writeFailures() {
        return writeFailures.get();
    }

    public long unencodable() {
        return lines.unencodable();
    }

    public Path file() {
        return config.file();
    }

    private void writeLoop() {
        try {
            while (!(closing && queue.isEmpty() && batch.isEmpty())) {
                if (failing != null && config.mode().waitsForTheRecord()) {
                    // A waiting decision is refused at once rather than kept waiting for a disk that may not come back.
                    queue.drainTo(batch);
                    refuseAll("the decision log cannot be written");
                    if (!closing) {
                        awaitRetry();
                        probe();
                    }
                    continue;
                }
                if (batch.isEmpty()) {
                    Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    queue.drainTo(batch, MOST_PER_COMMIT - 1);
                }
                if (failing != null) {
                    awaitRetry(); // queued mode: these were answered already; they are retried until written
                }
                try {
                    commit();
                    recovered();
                } catch (IOException | RuntimeException e) {
                    failed(e);
                    if (config.mode().waitsForTheRecord()) {
                        refuseAll("the decision log cannot be written: " + reason(e));
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Writes the batch (rotating where a line would not fit), then completes its records; what was written leaves the batch. */
    private void commit() throws IOException {
        buffer.reset();
        int settled = 0;
        try {
            for (int i = 0; i < batch.size(); i++) {
                int start = buffer.length();
                lines.write(batch.get(i).record(), buffer);
                if (file.size() + buffer.length() > config.maxFileBytes() && file.size() + start > 0) {
                    flush(start);
                    settle(settled, i);
                    settled = i;
                    buffer.dropHead(start);
                    rotate();
                }
            }
            flush(buffer.length());
            settle(settled, batch.size());
            settled = batch.size();
        } finally {
            batch.subList(0, settled).clear();
        }
    }

    private void flush(int length) throws IOException {
        if (length == 0) {
            return;
        }
        writingSince = System.nanoTime();
        try {
            file.append(buffer.head(length));
            if (config.mode() == DecisionLogMode.SYNCED) {
                file.sync();
            }
        } finally {
            writingSince = 0;
        }
    }

    private void settle(int from, int to) {
        for (Pending pending : batch.subList(from, to)) {
            if (pending.logged() != null) {
                pending.logged().complete(null);
            }
        }
        written.addAndGet(to - from);
    }

    private void rotate() throws IOException {
        file.close();
        rotation.rotate();
        file = LogFile.open(config.file(), disk);
    }

    /** Durable modes: the disk takes a write again (a probe cut back at once), so decisions may be taken again. */
    private void probe() {
        writingSince = System.nanoTime();
        try {
            file.probe(PROBE_BYTES);
            recovered();
        } catch (IOException | RuntimeException e) {
            failed(e);
        } finally {
            writingSince = 0;
        }
    }

    private void refuseAll(String reason) {
        for (Pending pending : batch) {
            pending.logged().completeExceptionally(new Refused(reason));
        }
        refused.addAndGet(batch.size());
        batch.clear();
    }

    private void failed(Exception e) {
        writeFailures.incrementAndGet();
        retries++;
        if (failing == null) {
            failing = new Failure(reason(e), Instant.now());
            LOG.error("cannot write the decision log {}; {} records wait; decisions are {} until it can", config.file(),
                    queue.size() + batch.size(), config.mode().waitsForTheRecord() ? "refused (503)" : "queued", e);
        } else {
            LOG.warn("the decision log {} still cannot be written: {}", config.file(), reason(e));
        }
    }

    private void recovered() {
        Failure failure = failing;
        retries = 0;
        if (failure != null) {
            failing = null;
            LOG.info("the decision log {} is written again (it could not be since {}: {})", config.file(), failure.since(), failure.reason());
        }
    }

    private void awaitRetry() throws InterruptedException {
        Thread.sleep(Math.min(LONGEST_RETRY_MILLIS, FIRST_RETRY_MILLIS << Math.min(retries, 10)));
    }

    static String reason(Exception e) {
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a directory";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /**
     * Stops taking records and waits, at most the configured time, for those taken to be written;
     * what could not be written by then is reported (and any decision still waiting is refused).
     */
    @Override
    public void close() {
        closing = true;
        if (!config.enabled()) {
            return;
        }
        try {
            writer.join(config.closeTimeout().toMillis());
            if (writer.isAlive()) {
                writer.interrupt();
                writer.join(1_000);
                reportUnwritten();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            file.close();
        } catch (IOException e) {
            LOG.error("cannot close the decision log {}: {}", config.file(), reason(e));
        }
        rotation.close();
        LOG.info("decision log {} closed: {} records written, {} decisions refused", config.file(), written(), refused());
    }

    private void reportUnwritten() {
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        if (!writer.isAlive()) {
            left.addAll(batch);
        }
        left.stream().filter(pending -> pending.logged() != null)
                .forEach(pending -> pending.logged().completeExceptionally(new Refused("the decision log is closing")));
        LOG.error("decision log {}: {} records could not be written within {} s of stopping ({}); the first of them: {}",
                config.file(), left.size() + (writer.isAlive() ? batch.size() : 0), config.closeTimeout().toSeconds(),
                problem().orElse("the writer did not finish"),
                left.stream().limit(10).map(pending -> pending.record().decisionId()).toList());
    }
}
