package kitei.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import kitei.check.Issue;
import kitei.check.Scenario;
import kitei.check.ScenarioBook;
import kitei.engine.RuleSources;

/**
 * The complete rule sources of a release or a draft, path to bytes: {@code rules/**}, {@code decision-tables/**}
 * and {@code scenarios/*.xlsx}. Its hash covers the scenarios too, so a changed scenario is a changed release.
 */
public record ReleaseTree(String origin, Map<String, byte[]> files) {

    public static final String SCENARIOS_DIR = ScenarioBook.DIR;

    public ReleaseTree {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    public static ReleaseTree of(RuleSources sources) {
        return new ReleaseTree(sources.origin(), sources.files());
    }

    /** A folder's rules, tables and scenarios as they are now: the draft. */
    public static ReleaseTree fromDirectory(Path root) {
        Map<String, byte[]> files = new TreeMap<>(RuleSources.fromDirectory(root).files());
        Path scenarios = root.resolve(SCENARIOS_DIR);
        if (Files.isDirectory(scenarios)) {
            try (Stream<Path> list = Files.list(scenarios)) {
                for (Path file : list.filter(ReleaseTree::isScenarioBook).toList()) {
                    files.put(SCENARIOS_DIR + "/" + file.getFileName(), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + scenarios, e);
            }
        }
        return new ReleaseTree(root.toAbsolutePath().normalize().toString(), files);
    }

    private static boolean isScenarioBook(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && isScenarioPath(SCENARIOS_DIR + "/" + name);
    }

    static boolean isScenarioPath(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.equals(SCENARIOS_DIR + "/" + name) && name.endsWith(".xlsx") && !name.startsWith("~$") && !name.startsWith(".");
    }

    /** The rules and tables the engine builds (everything but the scenarios). */
    public RuleSources sources() {
        Map<String, byte[]> rules = new TreeMap<>(files);
        rules.keySet().removeIf(path -> path.startsWith(SCENARIOS_DIR + "/"));
        return new RuleSources(origin, rules);
    }

    public ScenarioBook.Read scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        files.forEach((path, bytes) -> {
            if (path.startsWith(SCENARIOS_DIR + "/")) {
                ScenarioBook.Read read = ScenarioBook.read(path, bytes);
                scenarios.addAll(read.scenarios());
                issues.addAll(read.issues());
            }
        });
        return new ScenarioBook.Read(scenarios, issues);
    }

    public ReleaseTree with(String path, byte[] bytes) {
        Map<String, byte[]> changed = new TreeMap<>(files);
        changed.put(path, bytes);
        return new ReleaseTree(origin, changed);
    }

    public ReleaseTree withOrigin(String newOrigin) {
        return new ReleaseTree(newOrigin, files);
    }

    /** As {@link RuleSources#contentHash()}, scenarios included. */
    public String contentHash() {
        return RuleSources.contentHash(files);
    }
}
