package kitei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.check.Workbooks;
import picocli.CommandLine;

/** {@code kitei diff OLD_DIR NEW_DIR}: the rendered diff, and an exit code a script can test. */
class DiffCommandTest {

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    @Test
    void twoCopiesOfTheSameProjectExitZero() throws IOException {
        Result result = diff(copyOfTheProject("old"), copyOfTheProject("new"));
        assertEquals(new Result(0, "no difference\n", ""), result);
    }

    @Test
    void anEditedCellIsPrintedAndExitsOne() throws IOException {
        Path after = copyOfTheProject("new");
        Path conflicts = after.resolve("decision-tables/conflicts.xlsx");
        Files.write(conflicts, Workbooks.setCell(Files.readAllBytes(conflicts), "G15", "TYPE_I_GATEWAY"));
        Result result = diff(copyOfTheProject("old"), after);
        assertEquals(new Result(1, """
                1 cell in conflicts.xlsx

                decision-tables/conflicts.xlsx
                  Conflicts!G15: TYPE_I_PRIVATE_GATEWAY → TYPE_I_GATEWAY
                """, ""), result);
    }

    @Test
    void aDirectoryThatIsNotThereIsAUsageError() throws IOException {
        Result result = diff(copyOfTheProject("old"), dir.resolve("missing"));
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("not a directory: " + dir.resolve("missing")), result.err());
    }

    @Test
    void oneDirectoryAloneIsAUsageError() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new KiteiCommand()).setErr(new PrintWriter(err)).execute("diff", dir.toString());
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("Missing required parameter: 'NEW_DIR'"), err.toString());
    }

    private Result diff(Path before, Path after) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new KiteiCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("diff", before.toString(), after.toString());
        return new Result(exit, out.toString(), err.toString().isEmpty() ? "" : err.toString());
    }

    private Path copyOfTheProject(String name) throws IOException {
        Path root = dir.resolve(name);
        for (String part : new String[] {"rules", "decision-tables", "scenarios"}) {
            try (Stream<Path> walk = Files.walk(Path.of(part))) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Files.createDirectories(root.resolve(file).getParent());
                    Files.copy(file, root.resolve(file));
                }
            }
        }
        return root;
    }
}
