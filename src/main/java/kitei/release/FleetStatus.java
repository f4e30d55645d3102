package kitei.release;

import java.time.Instant;

/**
 * Where this instance stands against the shared repository, as readiness and {@code GET /admin/rulebase}
 * show it: the shared head last fetched, the last fetch's result, and the head this instance's gate
 * refused, if the shared head is one.
 */
public record FleetStatus(String repository, String branch, String sharedHead, Instant lastFetchAt, String lastFetch,
                          String lastFetchError, Refused refused) {

    /** A shared head this instance refused; the release before it keeps serving. */
    public record Refused(String head, String reason, Instant at) {
    }

    /** Fetch results, as the metric {@code kitei_release_fetch_total{result}} counts them. */
    public static final String FETCHED = "fetched";
    public static final String UNCHANGED = "unchanged";
    public static final String FAILED = "failed";
}
