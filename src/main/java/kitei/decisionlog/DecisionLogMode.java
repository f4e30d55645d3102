package kitei.decisionlog;

import java.util.Arrays;
import java.util.Locale;

/**
 * When a decision may be answered, relative to its record. What a crash can lose follows from it:
 * QUEUED answers once the record is queued (a crash of the process loses the records still queued,
 * up to the queue's bound); WRITTEN once the record was handed to the kernel by write(2) (a crash
 * of the process loses nothing answered; a crash of the machine may lose what the kernel had not
 * yet put on disk); SYNCED once it is on disk (fdatasync: a power loss loses nothing answered).
 */
public enum DecisionLogMode {
    QUEUED, WRITTEN, SYNCED;

    /** Whether an answer waits for its record: never answered while the log cannot be written. */
    public boolean waitsForTheRecord() {
        return this != QUEUED;
    }

    public static DecisionLogMode of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no decision log mode '" + name + "'; expected one of "
                    + Arrays.stream(values()).map(m -> m.name().toLowerCase(Locale.ROOT)).toList(), e);
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
