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
 * loading a kjar, about one.
 *
 * <p>A kjar is code the service runs, so the cache is trusted no further than this process: it lives
 * in the service's own data directory ({@code .kitei/rulebase-cache} unless configured), owner-only,
 * and each entry carries a tag (an HMAC under a key only this user can read, see {@link CacheKey})
 * over its name (content hash and build) and bytes. An entry without a valid tag was not stored by
 * kitei for those sources: it is ignored, logged and deleted, and the sources are compiled again.
 * The packed kjars are inside the jar, and trusted as the jar is.
 */
public final class CompiledRuleBases {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleBases.class);
    public static final String PACKED = "rulebase-cache/";
    /** The service's data directory when neither {@code --data} nor {@code KITEI_DATA} names one. */
    public static final String DEFAULT_DATA = ".kitei";
    private static final String TAG = ".tag";
    private static final int KEPT = 20;

    private final Path directory;

    public CompiledRuleBases(Path directory) {
        this.directory = directory;
    }

    /**
     * The cache in the data directory ({@code kitei.data}, set by {@code serve --data}), or where
     * {@code kitei.rulebase.cache} says (the test run's target/rulebase-cache).
     */
    public static CompiledRuleBases standard() {
        String configured = System.getProperty("kitei.rulebase.cache");
        Path directory = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("kitei.data", DEFAULT_DATA), "rulebase-cache");
        return new CompiledRuleBases(directory);
    }

    Path directory() {
        return directory;
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
        } catch (IOException unreadable) {
            LOG.warn("cannot read the packed rule base {}; compiling it again", hash, unreadable);
            return Optional.empty();
        }
        return findCached(name);
    }

    private Optional<byte[]> findCached(String name) {
        Path cached = directory.resolve(name);
        if (!Files.isRegularFile(cached)) {
            return Optional.empty();
        }
        Optional<CacheKey> key = CacheKey.of(directory);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] kjar = Files.readAllBytes(cached);
            Path tag = directory.resolve(name + TAG);
            if (Files.isRegularFile(tag) && key.get().verifies(name, kjar, Files.readAllBytes(tag))) {
                return Optional.of(kjar);
            }
            LOG.warn("the cached rule base {} in {} was not stored by kitei for its sources (no valid tag): "
                    + "deleted, and the sources are compiled instead", name, directory);
            Files.deleteIfExists(cached);
            Files.deleteIfExists(tag);
        } catch (IOException unreadable) {
            LOG.warn("cannot read the cached rule base {}; compiling it again", name, unreadable);
        }
        return Optional.empty();
    }

    /** Best effort: a cache that cannot be written costs a compile next time, nothing more. */
    public void store(String hash, byte[] kjar) {
        String name = nameOf(hash);
        Optional<CacheKey> key = CacheKey.of(directory);
        if (key.isEmpty()) {
            return;
        }
        try {
            // The tag first: a kjar is never in place without the tag that vouches for it.
            replace(name + TAG, key.get().tag(name, kjar));
            replace(name, kjar);
            prune();
        } catch (IOException | RuntimeException unwritable) {
            LOG.debug("cannot cache the compiled rule base {} in {}", hash, directory, unwritable);
        }
    }

    /** Written beside (owner-only, as a temporary file is) and moved into place whole. */
    private void replace(String name, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(directory, name, ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * For {@code mvn package}: leaves only the kjars in a directory the gate cached into, so that
     * the jar packs no key and no tags (a packed kjar is trusted as the jar is).
     */
    public static void keepOnlyKjars(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (!file.getFileName().toString().endsWith(".kjar")) {
                    Files.delete(file);
                }
            }
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
                Files.deleteIfExists(old.resolveSibling(old.getFileName() + TAG));
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
}
