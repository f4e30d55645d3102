package kitei.http;

/**
 * How the HTTP service listens and what it accepts. An admin token of null turns the admin
 * operations off; a decision token of null leaves the decision endpoints open. A connection idle
 * for {@code idleTimeoutSeconds} is closed, so that slow or silent clients cannot hold connections.
 */
public record HttpConfig(String host, int port, int maxBodyBytes, String adminToken, String decisionToken,
                         int maxBatchItems, int maxNestingDepth, long requestTimeoutMillis, int eventLoops,
                         int idleTimeoutSeconds) {

    public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;
    public static final int DEFAULT_MAX_BATCH_ITEMS = 100;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    public static final long DEFAULT_REQUEST_TIMEOUT_MILLIS = 10_000;
    public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 60;

    public HttpConfig {
        if (idleTimeoutSeconds < 1) {
            throw new IllegalArgumentException("the idle timeout must be at least 1 second, not " + idleTimeoutSeconds);
        }
    }

    public HttpConfig(String host, int port, int maxBodyBytes, String adminToken, String decisionToken,
                      int maxBatchItems, int maxNestingDepth, long requestTimeoutMillis, int eventLoops) {
        this(host, port, maxBodyBytes, adminToken, decisionToken, maxBatchItems, maxNestingDepth, requestTimeoutMillis,
                eventLoops, DEFAULT_IDLE_TIMEOUT_SECONDS);
    }

    public HttpConfig(String host, int port, int maxBodyBytes, String adminToken) {
        this(host, port, maxBodyBytes, adminToken, null, DEFAULT_MAX_BATCH_ITEMS, DEFAULT_MAX_NESTING_DEPTH,
                DEFAULT_REQUEST_TIMEOUT_MILLIS, Runtime.getRuntime().availableProcessors());
    }

    public static HttpConfig of(String host, int port) {
        return new HttpConfig(host, port, DEFAULT_MAX_BODY_BYTES, null);
    }

    public HttpConfig withIdleTimeoutSeconds(int seconds) {
        return new HttpConfig(host, port, maxBodyBytes, adminToken, decisionToken, maxBatchItems, maxNestingDepth,
                requestTimeoutMillis, eventLoops, seconds);
    }
}
