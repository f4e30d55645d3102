package kitei.release.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import kitei.check.ScenarioBook;
import kitei.engine.RuleSources;

/**
 * The files of a release tree, keyed by their path relative to the project root with '/' separators:
 * everything under {@code rules/}, the workbooks under {@code decision-tables/} and {@code scenarios/}.
 * Office's lock and scratch files ({@code ~$...}, {@code .~lock...}) and hidden files are left out.
 */
public final class ReleaseFiles {

    private ReleaseFiles() {
    }

    public static Map<String, byte[]> read(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String dir : new String[] {RuleSources.RULES_DIR, RuleSources.TABLES_DIR, ScenarioBook.DIR}) {
            Path base = root.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (belongs(relative)) {
                        files.put(relative, Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + base, e);
            }
        }
        return files;
    }

    static boolean belongs(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith("~$") || name.startsWith(".")) {
            return false;
        }
        return path.startsWith(RuleSources.RULES_DIR + "/") || isWorkbook(path);
    }

    static boolean isWorkbook(String path) {
        return path.endsWith(".xlsx") && (path.startsWith(RuleSources.TABLES_DIR + "/") || path.startsWith(ScenarioBook.DIR + "/"));
    }

    static boolean isScenarioBook(String path) {
        return path.startsWith(ScenarioBook.DIR + "/") && path.endsWith(".xlsx");
    }
}
