package kitei.decisionlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.decision.Json;

class LogLinesTest {

    @TempDir
    Path dir;

    @Test
    void aLastLineWithoutItsNewlineIsTornAndReplaySkipsAndReportsIt() throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        Files.writeString(log, "\n\n{\"decisionId\":\"torn\",\"endpoint\":\"/v1/elig");
        List<LogLines.Line> lines = new ArrayList<>();
        LogLines.read(log, lines::add);
        assertEquals(List.of(new LogLines.Line(1, "", false), new LogLines.Line(2, "", false),
                new LogLines.Line(3, "{\"decisionId\":\"torn\",\"endpoint\":\"/v1/elig", true)), lines);

        Replay.Report report = new Replay(null, Json.MAPPER).run(log);
        assertEquals(0, report.replayed());
        assertEquals(List.of("decisions.jsonl:3: a torn last line of 41 characters (a write cut short), skipped"), report.unreadable());
        assertTrue(report.render().contains("1 lines unreadable"), report.render());
    }
}
