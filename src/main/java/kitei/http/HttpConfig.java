package kitei.http;

/**
 * How the HTTP service listens and what it accepts. An admin token of null turns the admin
 * operations off; a decision token of null leaves the decision endpoints open.
 */
public record HttpConfig(String host, int port, int maxBodyBytes, String adminToken, String decisionToken,
                         int maxBatchItems, int maxNestingDepth, long requestTimeoutMillis, int eventLoops) {

    public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;
    public static final int DEFAULT_MAX_BATCH_ITEMS = 100;
    public static final int DEFAULT_MAX_NESTING_DEPTH = 32;
    public static final long DEFAULT_REQUEST_TIMEOUT_MILLIS = 10_000;

    public HttpConfig(String host, int port, int maxBodyBytes, String adminToken) {
        this(host, port, maxBodyBytes, adminToken, null, DEFAULT_MAX_BATCH_ITEMS, DEFAULT_MAX_NESTING_DEPTH,
                DEFAULT_REQUEST_TIMEOUT_MILLIS, Runtime.getRuntime().availableProcessors());
    }

    public static HttpConfig of(String host, int port) {
        return new HttpConfig(host, port, DEFAULT_MAX_BODY_BYTES, null);
    }
}
