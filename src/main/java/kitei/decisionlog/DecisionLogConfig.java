package kitei.decisionlog;

import java.nio.file.Path;

/** Where the decision log goes and how it is bounded; a null file turns it off. */
public record DecisionLogConfig(Path file, long maxFileBytes, int keepFiles, int queueCapacity) {

    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    public static final int DEFAULT_KEEP_FILES = 5;
    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;

    public static DecisionLogConfig off() {
        return new DecisionLogConfig(null, DEFAULT_MAX_FILE_BYTES, DEFAULT_KEEP_FILES, DEFAULT_QUEUE_CAPACITY);
    }

    public static DecisionLogConfig at(Path file) {
        return new DecisionLogConfig(file, DEFAULT_MAX_FILE_BYTES, DEFAULT_KEEP_FILES, DEFAULT_QUEUE_CAPACITY);
    }

    public boolean enabled() {
        return file != null;
    }
}
