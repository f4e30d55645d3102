package kitei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private static Run serve(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new ServeCommand()).execute(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void aDecisionLogThatCannotBeOpenedStopsTheStartWithOneLineNotAStackTrace() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("not-a-dir"), "x");
        Run run = serve("--port", "0", "--decision-log", inTheWay.resolve("decisions.jsonl").toString());
        assertEquals(1, run.exit());
        assertEquals("kitei: cannot open the decision log " + inTheWay.resolve("decisions.jsonl") + ": " + inTheWay
                + " is a file, not a directory (give a writable file with --decision-log, or --decision-log off)\n", run.err());
    }

    @Test
    void anUnknownDecisionLogModeIsNamedInOneLine() {
        Run run = serve("--port", "0", "--decision-log", dir.resolve("decisions.jsonl").toString(), "--decision-log-mode", "eventually");
        assertEquals(2, run.exit());
        assertEquals("kitei: no decision log mode 'eventually'; expected one of [queued, written, synced]"
                + " (--decision-log-mode, env KITEI_DECISION_LOG_MODE)\n", run.err());
    }
}
