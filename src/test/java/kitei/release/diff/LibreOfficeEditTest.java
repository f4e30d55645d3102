package kitei.release.diff;

import static kitei.release.diff.Releases.PARAMETERS;
import static kitei.release.diff.Releases.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits made by LibreOffice itself, as an analyst's Calc would save them. The cell is changed in the
 * flat XML (.fods) that LibreOffice writes and then read back by LibreOffice, which writes the .xlsx;
 * so every byte of the workbook compared is LibreOffice's. Skipped only where LibreOffice is absent and
 * the CI variable is unset: in CI a missing soffice fails the test.
 */
class LibreOfficeEditTest {

    private static final Map<String, byte[]> REPO = Releases.repo();

    @TempDir
    static Path work;

    @BeforeAll
    static void needsLibreOffice() {
        boolean installed = Stream.of(System.getenv("PATH").split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
        assumeTrue(installed || System.getenv("CI") != null, "LibreOffice (soffice) is not installed");
        assertTrue(installed, "CI is set, and LibreOffice (soffice) is not installed: install libreoffice-calc-nogui");
    }

    @Test
    void aValueChangedInLibreOfficeIsNamedBySheetAndCellWithItsOldAndNewValue() throws Exception {
        Path original = Files.write(Files.createDirectories(work.resolve("in")).resolve("parameters.xlsx"), REPO.get(PARAMETERS));
        Path flat = soffice("fods", work.resolve("flat"), original).get(0);
        Path edited = Files.createDirectories(work.resolve("edited")).resolve("parameters.fods");
        Files.writeString(edited, typeOverTheCellAfter(Files.readString(flat, StandardCharsets.UTF_8), "NOTICE_DAYS", "30", "60"), StandardCharsets.UTF_8);
        byte[] saved = Files.readAllBytes(soffice("xlsx:Calc MS Excel 2007 XML", work.resolve("saved"), edited).get(0));

        ReleaseDiff diff = ReleaseDiff.between(REPO, with(REPO, PARAMETERS, saved));

        assertEquals(List.of(new WorkbookDiff(PARAMETERS, Change.CHANGED, null, List.of(), List.of(),
                List.of(new CellChange("Parameters", "C16", "30", "60")), List.of())), diff.workbooks(), diff::render);
        assertEquals(List.of(new ParameterChange("NOTICE_DAYS", Change.CHANGED, "30", "60", "days", "A9")), diff.parameters());
        assertEquals(List.of(), diff.texts());
        assertEquals(List.of(), diff.scenarios());
        assertEquals("1 parameter (NOTICE_DAYS 30 → 60)", diff.summary());
    }

    @Test
    void everyWorkbookSavedAgainByLibreOfficeIsNoDifference() throws Exception {
        Path in = Files.createDirectories(work.resolve("resave-in"));
        List<Path> books = new ArrayList<>();
        Map<String, String> pathOf = new TreeMap<>();
        for (String path : REPO.keySet().stream().filter(ReleaseFiles::isWorkbook).toList()) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            books.add(Files.write(in.resolve(name), REPO.get(path)));
            pathOf.put(name, path);
        }
        Map<String, byte[]> resaved = new TreeMap<>(REPO);
        for (Path saved : soffice("xlsx:Calc MS Excel 2007 XML", work.resolve("resaved"), books.toArray(Path[]::new))) {
            String path = pathOf.get(saved.getFileName().toString());
            byte[] bytes = Files.readAllBytes(saved);
            assertFalse(Arrays.equals(REPO.get(path), bytes), path + " was rewritten by LibreOffice");
            resaved.put(path, bytes);
        }
        assertEquals(pathOf.size(), books.size());

        ReleaseDiff diff = ReleaseDiff.between(REPO, resaved);
        assertFalse(diff.hasDifferences(), diff::render);
    }

    /** The first cell after the one holding {@code label}, its value {@code from} typed over with {@code to}. */
    private static String typeOverTheCellAfter(String fods, String label, String from, String to) {
        String key = "<text:p>" + label + "</text:p>";
        assertEquals(fods.indexOf(key), fods.lastIndexOf(key), "one cell holds " + label);
        int start = fods.indexOf("<table:table-cell", fods.indexOf(key));
        int end = fods.indexOf("</table:table-cell>", start);
        String cell = fods.substring(start, end);
        String typed = cell.replace("office:value=\"" + from + "\"", "office:value=\"" + to + "\"").replace("<text:p>" + from + "</text:p>", "<text:p>" + to + "</text:p>");
        assertTrue(!typed.equals(cell), () -> "the cell after " + label + " does not hold " + from + ": " + cell);
        return fods.substring(0, start) + typed + fods.substring(end);
    }

    /** Converts the files with headless LibreOffice (a private profile, so no user's settings or lock interfere); the files written, in order. */
    private static List<Path> soffice(String format, Path outDir, Path... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
                "--convert-to", format, "--outdir", outDir.toString()));
        Stream.of(files).map(Path::toString).forEach(command::add);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "soffice did not finish in 180 s");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        String extension = format.substring(0, format.indexOf(':') < 0 ? format.length() : format.indexOf(':'));
        List<Path> written = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
            assertTrue(Files.isRegularFile(out), () -> "soffice wrote no " + out + ": " + output);
            written.add(out);
        }
        return written;
    }
}
