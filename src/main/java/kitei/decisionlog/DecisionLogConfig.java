package kitei.decisionlog;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the decision log goes, how it is bounded, when an answer may be sent (the mode), how long
 * stopping may wait for records still unwritten, and whether rotated files are gzipped. A null
 * file turns it off.
 */
public record DecisionLogConfig(Path file, long maxFileBytes, int keepFiles, int queueCapacity, DecisionLogMode mode,
                                Duration closeTimeout, boolean gzipRotated) {

    // Sized for an hour at the benchmark's rate (the README's arithmetic): 11.8k eligibility records/s × 1,579 bytes
    // = 18.7 MB/s, 67 GB an hour as written; the current file and 64 old ones of 1 GiB hold 62 minutes, and gzipped
    // (level 1: 30× on the benchmark's records) the old ones take about 2.3 GB of disk.
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;
    public static final int DEFAULT_KEEP_FILES = 64;
    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    public static final DecisionLogMode DEFAULT_MODE = DecisionLogMode.WRITTEN;
    public static final Duration DEFAULT_CLOSE_TIMEOUT = Duration.ofSeconds(10);

    public DecisionLogConfig {
        if (file != null && (maxFileBytes < 1 || keepFiles < 1 || queueCapacity < 1)) {
            throw new IllegalArgumentException("the decision log needs a size, a number of files and a queue of at least 1");
        }
    }

    public DecisionLogConfig(Path file, long maxFileBytes, int keepFiles, int queueCapacity) {
        this(file, maxFileBytes, keepFiles, queueCapacity, DEFAULT_MODE, DEFAULT_CLOSE_TIMEOUT, false);
    }

    public static DecisionLogConfig off() {
        return at(null);
    }

    public static DecisionLogConfig at(Path file) {
        return new DecisionLogConfig(file, DEFAULT_MAX_FILE_BYTES, DEFAULT_KEEP_FILES, DEFAULT_QUEUE_CAPACITY, DEFAULT_MODE,
                DEFAULT_CLOSE_TIMEOUT, true);
    }

    public DecisionLogConfig withMode(DecisionLogMode mode) {
        return new DecisionLogConfig(file, maxFileBytes, keepFiles, queueCapacity, mode, closeTimeout, gzipRotated);
    }

    public DecisionLogConfig withCloseTimeout(Duration closeTimeout) {
        return new DecisionLogConfig(file, maxFileBytes, keepFiles, queueCapacity, mode, closeTimeout, gzipRotated);
    }

    public boolean enabled() {
        return file != null;
    }
}
