package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kitei.TestRuleBase;
import kitei.engine.RuleSources;

/**
 * The edges of HTTP: what the decoder refuses before any route (414, 431) and what a parser says
 * about malformed JSON are problem documents in plain words; an error document stays small however
 * many problems a request has; an idle connection is closed.
 */
class HttpEdgesTest {

    private static final Pattern LIBRARY_WORDS = Pattern.compile(
            "jackson|fasterxml|StreamReadConstraints|FAIL_ON|DeserializationFeature|JsonNode|Exception|`|\\(code \\d+\\)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int IDLE_SECONDS = 1;

    private static Service service;

    @BeforeAll
    static void start() {
        service = Service.start(HttpConfig.of("127.0.0.1", 0).withIdleTimeoutSeconds(IDLE_SECONDS),
                RuleSources.fromDirectory(Path.of(".")), TestRuleBase.TODAY).await();
        service.loaded().await();
    }

    @AfterAll
    static void stop() {
        service.stop().await();
    }

    @Test
    void aTooLongRequestLineIsAProblemDocument() throws IOException {
        Reply reply = raw("GET /health/live?" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: kitei\r\n\r\n");
        assertEquals(414, reply.status, reply::toString);
        assertProblem(reply, "urn:kitei:problem:uri-too-long");
    }

    @Test
    void tooLargeHeadersAreAProblemDocument() throws IOException {
        Reply reply = raw("GET /health/live HTTP/1.1\r\nHost: kitei\r\nX-Padding: " + "a".repeat(20_000) + "\r\n\r\n");
        assertEquals(431, reply.status, reply::toString);
        assertProblem(reply, "urn:kitei:problem:headers-too-large");
    }

    @Test
    void aRequestThatIsNoHttpIsAProblemDocument() throws IOException {
        Reply reply = raw("GET /health/live HTTP/1.1\r\nHost: kitei\r\nContent-Length: many\r\n\r\n");
        assertEquals(400, reply.status, reply::toString);
        assertProblem(reply, "urn:kitei:problem:bad-input");
    }

    static Stream<String> malformedBodies() {
        return Stream.of(
                "[".repeat(40) + "]".repeat(40),
                "{\"asOf\": \"2026-11-25\"} {\"more\": 1}",
                "{\"asOf\": ",
                "{asOf: 1}",
                "{\"asOf\": tru}",
                "{\"monthlyFee\": 1" + "0".repeat(2_000) + "}",
                "{\"asOf\": \"2026\u0001\"}",
                "");
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void malformedJsonIsNamedInPlainWords(String body) throws IOException {
        for (String path : List.of("/v1/outage-credit", BatchHandler.PATH)) {
            Reply reply = post(path, body.getBytes(StandardCharsets.UTF_8));
            assertEquals(400, reply.status, reply::toString);
            JsonNode problem = JSON.readTree(reply.body);
            String words = problem.path("detail").asText() + " " + problem.path("errors").toString();
            assertFalse(LIBRARY_WORDS.matcher(words).find(), () -> "library words in: " + words);
            assertFalse(problem.path("errors").path(0).path("detail").asText().isBlank(), words);
        }
    }

    static Stream<byte[]> bytesThatAreNoUtf8() {
        return Stream.of(
                new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                new byte[] {0, 0, 0, '{', 0, 0, 0, '}', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
    }

    @ParameterizedTest
    @MethodSource("bytesThatAreNoUtf8")
    void bytesThatAreNoUtf8AreNamedInPlainWords(byte[] body) throws IOException {
        Reply reply = post("/v1/outage-credit", body);
        assertEquals(400, reply.status, reply::toString);
        String detail = JSON.readTree(reply.body).path("errors").path(0).path("detail").asText();
        assertTrue(detail.contains("UTF-8") && !LIBRARY_WORDS.matcher(detail).find(), detail);
    }

    @Test
    void aRequestWithThousandsOfProblemsGetsTheFirstTwentyAndACount() throws IOException {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            body.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
        }
        byte[] request = body.append("}").toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(request.length > 200_000, "a request of about 209 KB");

        Reply reply = post("/v1/outage-credit", request);
        assertEquals(400, reply.status);
        assertTrue(reply.body.length < 8_000, () -> "an error document of " + reply.body.length + " bytes");
        JsonNode problem = JSON.readTree(reply.body);
        assertEquals(20, problem.path("errors").size());
        int all = 20_000 + 4; // the unknown fields, and the four required ones missing
        assertEquals(all - 20, problem.path("errorsNotListed").asInt(), problem::toString);
        assertEquals("the request has " + all + " problems; the first 20 are listed", problem.path("detail").asText());
    }

    @Test
    void anIdleConnectionIsClosed() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout((IDLE_SECONDS + 5) * 1000);
            long started = System.nanoTime();
            try {
                assertEquals(-1, socket.getInputStream().read(), "the server sent something unasked");
            } catch (SocketTimeoutException stillOpen) {
                throw new AssertionError("an idle connection was still open after " + (IDLE_SECONDS + 5) + " s");
            }
            long waited = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waited >= IDLE_SECONDS * 900L, "closed after " + waited + " ms, before the idle timeout");
        }
    }

    private static void assertProblem(Reply reply, String type) throws IOException {
        assertTrue(reply.head.toLowerCase().contains("content-type: application/problem+json"), reply::toString);
        JsonNode problem = JSON.readTree(reply.body);
        assertEquals(type, problem.path("type").asText());
        assertEquals(reply.status, problem.path("status").asInt());
        assertFalse(problem.path("detail").asText().isBlank());
    }

    private static Reply post(String path, byte[] body) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: kitei\r\nContent-Type: application/json\r\nConnection: close\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(body);
        return raw(request.toByteArray());
    }

    private static Reply raw(String request) throws IOException {
        return raw(request.getBytes(StandardCharsets.US_ASCII));
    }

    /** Over a plain socket: an HTTP client would refuse to send what these tests send. */
    private static Reply raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", service.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return Reply.read(socket.getInputStream());
        }
    }

    private record Reply(int status, String head, byte[] body) {

        /** One response: the head, then Content-Length bytes of body. */
        static Reply read(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("the connection closed before a whole response: " + head);
                }
                head.write(b);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : text.split("\r\n")) {
                if (line.toLowerCase().startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return new Reply(Integer.parseInt(text.substring(9, 12)), text, in.readNBytes(length));
        }

        @Override
        public String toString() {
            return head + new String(body, StandardCharsets.UTF_8);
        }
    }
}
