package kitei.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compiled-rule cache runs only what this process stored for exactly those sources: a kjar
 * planted under the right name is ignored and deleted, and the sources are compiled instead.
 */
class CompiledRuleBasesTest {

    private static final String RULES = """
            package kitei.planted;

            rule "The first rule"
                @clause("A1")
            when
                String()
            then
            end
            """;
    private static final String PLANTED = """

            rule "A rule nobody reviewed"
                @clause("A1")
            when
                String()
            then
                System.out.println("planted");
            end
            """;

    @TempDir
    Path data;

    private static RuleSources sources(String drl) {
        return new RuleSources("test", Map.of("rules/a1.drl", drl.getBytes(StandardCharsets.UTF_8)));
    }

    private static Set<String> ruleNames(RuleBase ruleBase) {
        Set<String> names = new TreeSet<>();
        ruleBase.rules().forEach(rule -> names.add(rule.name()));
        return names;
    }

    @Test
    void aKjarPlantedUnderTheHashOfAHarmlessEditIsIgnoredAndDeleted() throws IOException {
        Path elsewhere = data.resolve("elsewhere");
        new RuleBaseBuilder(new CompiledRuleBases(elsewhere)).build(sources(RULES + PLANTED));
        byte[] plantedKjar;
        try (var files = Files.list(elsewhere)) {
            plantedKjar = Files.readAllBytes(files.filter(file -> file.toString().endsWith(".kjar")).findFirst().orElseThrow());
        }

        RuleSources harmlessEdit = sources(RULES + "\n// a comment, nothing else\n");
        Path cache = data.resolve("rulebase-cache");
        CompiledRuleBases compiled = new CompiledRuleBases(cache);
        compiled.store("warm-up", new byte[] {1}); // makes the directory and its key, as a running service has
        Path planted = cache.resolve(CompiledRuleBases.nameOf(harmlessEdit.contentHash()));
        Files.write(planted, plantedKjar);
        Files.write(cache.resolve(planted.getFileName() + ".tag"), new byte[32]);

        RuleBase built = new RuleBaseBuilder(compiled).build(harmlessEdit);

        assertEquals(Set.of("The first rule"), ruleNames(built));
        assertEquals(harmlessEdit.contentHash(), built.id());
        assertFalse(Arrays.equals(plantedKjar, Files.readAllBytes(planted)), "the planted kjar is gone, the compiled one stored");
    }

    @Test
    void aKjarItStoredIsFoundAgainAndAnAlteredOneIsNot() throws IOException {
        CompiledRuleBases compiled = new CompiledRuleBases(data.resolve("rulebase-cache"));
        byte[] kjar = "a kjar".getBytes(StandardCharsets.UTF_8);
        compiled.store("0123", kjar);
        assertArrayEquals(kjar, compiled.find("0123").orElseThrow());

        Files.write(data.resolve("rulebase-cache").resolve(CompiledRuleBases.nameOf("0123")), "another kjar".getBytes(StandardCharsets.UTF_8));
        assertTrue(compiled.find("0123").isEmpty());
        assertFalse(Files.exists(data.resolve("rulebase-cache").resolve(CompiledRuleBases.nameOf("0123"))));
    }

    @Test
    void theCacheIsOwnerOnly() throws IOException {
        Path cache = data.resolve(".kitei/rulebase-cache");
        new CompiledRuleBases(cache).store("0123", new byte[] {1, 2, 3});
        assertEquals("rwx------", mode(cache));
        assertEquals("rwx------", mode(cache.getParent()));
        assertEquals("rw-------", mode(cache.resolve(".key")));
        assertEquals("rw-------", mode(cache.resolve(CompiledRuleBases.nameOf("0123"))));
        assertEquals("rw-------", mode(cache.resolve(CompiledRuleBases.nameOf("0123") + ".tag")));
    }

    @Test
    void aCacheDirectoryOthersMayWriteIsNotUsed() throws IOException {
        Path cache = data.resolve("rulebase-cache");
        CompiledRuleBases compiled = new CompiledRuleBases(cache);
        compiled.store("0123", new byte[] {1, 2, 3});
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertTrue(compiled.find("0123").isEmpty(), "an entry in a directory anyone may write is not trusted");
        compiled.store("4567", new byte[] {4});
        assertFalse(Files.exists(cache.resolve(CompiledRuleBases.nameOf("4567"))));
    }

    @Test
    void theDefaultPlaceIsTheDataDirectoryNotTheSharedTemporaryOne() {
        String configured = System.clearProperty("kitei.rulebase.cache");
        try {
            assertEquals(Path.of(".kitei", "rulebase-cache"), CompiledRuleBases.standard().directory());
        } finally {
            if (configured != null) {
                System.setProperty("kitei.rulebase.cache", configured);
            }
        }
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
