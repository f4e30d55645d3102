package kitei.http;

/** How the HTTP service listens and what it accepts. An admin token of null turns the admin operations off. */
public record HttpConfig(String host, int port, int maxBodyBytes, String adminToken) {

    public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    public static HttpConfig of(String host, int port) {
        return new HttpConfig(host, port, DEFAULT_MAX_BODY_BYTES, null);
    }
}
