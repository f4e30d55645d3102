package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The error path is one: outside the files named, no code sets a status, writes a problem's media
 * type, builds a problem document by hand or fails a request with a bare status. A route raises a
 * {@code ProblemException}; {@code FailureHandler} answers it through {@code Responses}, with the
 * status of the problem's type.
 */
class OneErrorPathTest {

    private static final Path SOURCES = Path.of("src/main/java");

    @ParameterizedTest(name = "{0} only in {1}")
    @CsvSource(delimiterString = " only in ", value = {
            "setStatusCode\\( only in kitei/http/Responses.java",
            "Problem\\.MEDIA_TYPE|application/problem\\+json only in kitei/problem/Problem.java kitei/http/Responses.java",
            "new Problem\\( only in kitei/problem/Problem.java",
            "\\.fail\\(\\s*\\d|\\.fail\\([^)]*status\\(\\) only in kitei/http/Responses.java",
            "putHeader\\(HttpHeaders\\.CONTENT_TYPE|response\\(\\)\\.end\\( only in kitei/http/Responses.java",
            "\\.errorHandler\\( only in ",
    })
    void onlyTheErrorPathDoesIt(String pattern, String allowed) throws IOException {
        Pattern code = Pattern.compile(pattern.trim());
        Set<String> allowedFiles = allowed == null ? Set.of() : Set.of(allowed.trim().split("\\s+"));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !allowedFiles.contains(SOURCES.relativize(file).toString().replace('\\', '/')))
                    .forEach(file -> found.addAll(matches(file, code)));
        }
        assertEquals(List.of(), found);
    }

    @ParameterizedTest
    @CsvSource({"kitei/http/Responses.java", "kitei/problem/Problem.java", "kitei/http/FailureHandler.java"})
    void theErrorPathIsWhereTheScanLooks(String file) {
        assertTrue(Files.isRegularFile(SOURCES.resolve(file)), "moved? update the scan: " + file);
    }

    private static List<String> matches(Path file, Pattern code) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> found = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (code.matcher(lines.get(i)).find()) {
                    found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
