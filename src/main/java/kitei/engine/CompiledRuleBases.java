package kitei.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule bases already compiled, as kjars named by the content hash of their sources: packed in the
 * jar by {@code mvn package} (see {@code kitei.check.Precompile}) for the repo's own rules and tables, and kept
 * in a cache directory for any other set once built. Compiling the executable model takes seconds;
 * loading a kjar, about one. A kjar is only ever found under the hash of exactly the sources it was
 * compiled from, so a cached rule base is the same rule base.
 */
public final class CompiledRuleBases {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleBases.class);
    public static final String PACKED = "rulebase-cache/";
    private static final int KEPT = 20;

    private final Path directory;

    public CompiledRuleBases(Path directory) {
        this.directory = directory;
    }

    /** The cache beside the JVM's temporary files, or where {@code kitei.rulebase.cache} says. */
    public static CompiledRuleBases standard() {
        String configured = System.getProperty("kitei.rulebase.cache");
        Path directory = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "kitei-rulebase-cache");
        return new CompiledRuleBases(directory);
    }

    /** Whether this rule base was compiled, and gated, by the build that made this jar. */
    public static boolean isPacked(String hash) {
        return CompiledRuleBases.class.getClassLoader().getResource(PACKED + nameOf(hash)) != null;
    }

    public Optional<byte[]> find(String hash) {
        String name = nameOf(hash);
        try (InputStream packed = CompiledRuleBases.class.getClassLoader().getResourceAsStream(PACKED + name)) {
            if (packed != null) {
                return Optional.of(packed.readAllBytes());
            }
            Path cached = directory.resolve(name);
            return Files.isRegularFile(cached) ? Optional.of(Files.readAllBytes(cached)) : Optional.empty();
        } catch (IOException unreadable) {
            LOG.warn("cannot read the compiled rule base {}; compiling it again", hash, unreadable);
            return Optional.empty();
        }
    }

    /** Keeps the newest few: a cache, not an archive. */
    private void prune() throws IOException {
        try (var files = Files.list(directory)) {
            List<Path> kjars = files.filter(file -> file.toString().endsWith(".kjar"))
                    .sorted(Comparator.comparing(CompiledRuleBases::modified).reversed())
                    .toList();
            for (Path old : kjars.subList(Math.min(KEPT, kjars.size()), kjars.size())) {
                Files.deleteIfExists(old);
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException gone) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * A kjar holds classes generated against kitei's fact classes, so it is named for the build of
     * kitei that compiled it as well as for its sources.
     */
    static String nameOf(String hash) {
        return hash + "-" + BUILD + ".kjar";
    }

    private static final String BUILD = buildId();

    private static String buildId() {
        try (InputStream in = CompiledRuleBases.class.getClassLoader().getResourceAsStream("kitei-build.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            String build = properties.getProperty("build", "unknown");
            return Integer.toHexString(build.hashCode());
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Best effort: a cache that cannot be written costs a compile next time, nothing more. */
    public void store(String hash, byte[] kjar) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, hash, ".tmp");
            Files.write(temporary, kjar);
            Files.move(temporary, directory.resolve(nameOf(hash)), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException unwritable) {
            LOG.debug("cannot cache the compiled rule base {} in {}", hash, directory, unwritable);
        }
    }
}
