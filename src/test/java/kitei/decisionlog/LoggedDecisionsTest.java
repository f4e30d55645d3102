package kitei.decisionlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The last lines of a log, read back from its end: a replay on request costs the lines it replays, not the file. */
class LoggedDecisionsTest {

    @TempDir
    Path dir;

    @Test
    void theLastLinesAreTheNewestOldestFirst() throws IOException {
        Path log = write(numbered(1, 5) + "\n");
        assertEquals(List.of("4", "5"), texts(LoggedDecisions.last(log, 2)));
    }

    @Test
    void aLogShorterThanTheBoundIsReadWhole() throws IOException {
        assertEquals(List.of("1", "2", "3"), texts(LoggedDecisions.last(write(numbered(1, 3) + "\n"), 1000)));
        assertEquals(List.of(), texts(LoggedDecisions.last(write(""), 1000)));
    }

    @Test
    void aTornLastLineCountsAsOneOfTheLastAndIsHandedOverTorn() throws IOException {
        List<LogLines.Line> lines = new ArrayList<>();
        LoggedDecisions.last(write(numbered(1, 4) + "\n{\"cut"), 2).read(lines::add);
        assertEquals(List.of(new LogLines.Line(1, "4", false), new LogLines.Line(2, "{\"cut", true)), lines);
    }

    @Test
    void linesLongerThanTheReadChunkAreFoundWhole() throws IOException {
        String wide = "x".repeat(200_000);
        Path log = write("first\n" + wide + "\n" + wide + "y\n");
        assertEquals(List.of(wide, wide + "y"), texts(LoggedDecisions.last(log, 2)));
    }

    @Test
    void aBoundedReadNamesTheLineAmongTheLast() {
        LoggedDecisions logged = LoggedDecisions.last(dir.resolve("decisions.jsonl"), 1000);
        assertEquals("decisions.jsonl, line 3 of the last 1000 lines", logged.where(new LogLines.Line(3, "", false)));
        assertEquals("decisions.jsonl:3", LoggedDecisions.every(dir.resolve("decisions.jsonl")).where(new LogLines.Line(3, "", false)));
    }

    @Test
    void aGzippedLogIsNotReadFromItsEndAndSaysWhy() throws IOException {
        Path gz = Files.write(dir.resolve("decisions.jsonl.1.gz"), new byte[0]);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> LoggedDecisions.last(gz, 10).read(line -> { }));
        assertEquals("decisions.jsonl.1.gz is gzipped, so its last lines cannot be read from its end; "
                + "replay the current (plain) file, or the whole gzipped one", refused.getMessage());
        assertEquals("replay at least one logged decision, not 0",
                assertThrows(IllegalArgumentException.class, () -> LoggedDecisions.last(gz, 0)).getMessage());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("decisions.jsonl"), text);
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.joining("\n"));
    }

    private static List<String> texts(LoggedDecisions logged) throws IOException {
        List<String> texts = new ArrayList<>();
        logged.read(line -> texts.add(line.text()));
        return texts;
    }
}
