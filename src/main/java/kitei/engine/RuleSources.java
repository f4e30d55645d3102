package kitei.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The rules and decision tables a rule base is built from: {@code rules/**}{@code /*.drl} and
 * {@code decision-tables/**}{@code /*.xlsx}, keyed by their path relative to the project root.
 * Their content hash is the rule base id that every answer carries.
 */
public record RuleSources(String origin, Map<String, byte[]> files) {

    public static final String RULES_DIR = "rules";
    public static final String TABLES_DIR = "decision-tables";
    /** The reviewed machinery of the workbooks (kitei.check.Machinery): part of the sources, so a change to it is a new rule base. */
    public static final String MACHINERY = RULES_DIR + "/decision-tables.machinery.json";

    public RuleSources {
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The working directory's rules and tables when it has them, else the copies packed in the jar. */
    public static RuleSources forWorkingDirectory(Path directory) {
        if (Files.isDirectory(directory.resolve(RULES_DIR)) || Files.isDirectory(directory.resolve(TABLES_DIR))) {
            return fromDirectory(directory);
        }
        return packaged();
    }

    public static RuleSources fromDirectory(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String dir : new String[] {RULES_DIR, TABLES_DIR}) {
            Path base = root.resolve(dir);
            if (!Files.isDirectory(base)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(base)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    if (isSource(relative)) {
                        files.put(relative, Files.readAllBytes(file));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + base, e);
            }
        }
        return new RuleSources(root.toAbsolutePath().normalize().toString(), files);
    }

    /** The rules and tables packed beside the classes (the jar, or target/classes in a build). */
    public static RuleSources packaged() {
        try {
            Path location = Path.of(RuleSources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                RuleSources found = fromDirectory(location);
                return new RuleSources("packaged", found.files());
            }
            return fromJar(location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the packaged rules", e);
        }
    }

    private static RuleSources fromJar(Path jar) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                boolean underRoot = name.startsWith(RULES_DIR + "/") || name.startsWith(TABLES_DIR + "/");
                if (!entry.isDirectory() && underRoot && isSource(name)) {
                    files.put(name, zip.getInputStream(entry).readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged rules in " + jar, e);
        }
        return new RuleSources("packaged", files);
    }

    static boolean isSource(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean scratch = name.startsWith("~$") || name.startsWith(".~lock") || name.startsWith(".");
        return !scratch && (isDrl(path) || isWorkbook(path) || path.equals(MACHINERY));
    }

    static boolean isDrl(String path) {
        return path.startsWith(RULES_DIR + "/") && path.endsWith(".drl");
    }

    static boolean isWorkbook(String path) {
        return path.startsWith(TABLES_DIR + "/") && path.endsWith(".xlsx");
    }

    /** SHA-256 over every path and its bytes, in path order; the first 16 hex digits name the rule base. */
    public String contentHash() {
        return contentHash(files);
    }

    /** The hash of any tree of files held in path order (a release's too, scenarios included). */
    public static String contentHash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public RuleSources with(String path, byte[] bytes) {
        Map<String, byte[]> changed = new TreeMap<>(files);
        changed.put(path, bytes);
        return new RuleSources(origin, changed);
    }
}
