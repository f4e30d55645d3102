package kitei.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.check.ScenarioBook;

/**
 * A workbook opened and saved by LibreOffice keeps its guards: protection, locked machinery, unlocked data,
 * drop-downs, numbers stored as numbers, row heights, the marks. Frozen panes are not compared: converting
 * headless, LibreOffice has no view and writes no view settings for any workbook (its own .ods has no
 * Views entry either), while a save from Calc's window keeps them; format-tables puts them back, and
 * WorkbookGuardsTest fails on a committed workbook without them. Skipped only where LibreOffice is absent
 * and the CI variable is unset: in CI a missing soffice fails the test.
 */
class LibreOfficeKeepsGuardsTest {

    private static final boolean HEADLESS_VIEWS = false;

    @TempDir
    static Path work;

    @BeforeAll
    static void needsLibreOffice() {
        boolean installed = Stream.of(System.getenv("PATH").split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
        assumeTrue(installed || System.getenv("CI") != null, "LibreOffice (soffice) is not installed");
        assertTrue(installed, "CI is set, and LibreOffice (soffice) is not installed: install libreoffice-calc-nogui");
    }

    @Test
    void everyWorkbookSavedByLibreOfficeKeepsItsGuards() throws Exception {
        List<Path> tables = copies("decision-tables", Files.createDirectories(work.resolve("tables")));
        List<Path> scenarios = copies(ScenarioBook.DIR, Files.createDirectories(work.resolve("scenarios")));
        List<Path> savedTables = soffice(work.resolve("saved-tables"), tables);
        List<Path> savedScenarios = soffice(work.resolve("saved-scenarios"), scenarios);
        for (Path saved : savedTables) {
            assertEquals(List.of(), Guards.ofTables("decision-tables/" + saved.getFileName(), Files.readAllBytes(saved), HEADLESS_VIEWS), saved::toString);
        }
        for (Path saved : savedScenarios) {
            assertEquals(List.of(), Guards.ofScenarios("scenarios/" + saved.getFileName(), Files.readAllBytes(saved), HEADLESS_VIEWS), saved::toString);
        }
    }

    private static List<Path> copies(String dir, Path into) throws IOException {
        List<Path> copies = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                copies.add(Files.copy(file, into.resolve(file.getFileName())));
            }
        }
        return copies;
    }

    /** Opens and saves the files with headless LibreOffice as Excel 2007 workbooks (a private profile); the files written. */
    private static List<Path> soffice(Path outDir, List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir.toString()));
        files.stream().map(Path::toString).forEach(command::add);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 180 s");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        List<Path> written = new ArrayList<>();
        for (Path file : files) {
            Path out = outDir.resolve(file.getFileName());
            assertTrue(Files.isRegularFile(out), () -> "soffice wrote no " + out + ": " + output);
            written.add(out);
        }
        return written;
    }
}
