package kitei.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release history is a plain Git repository: commits with trailers, append-only, readable back by id. */
class ReleaseStoreTest {

    private static final Map<String, byte[]> FIRST = Map.of(
            "rules/a.drl", bytes("rule a"), "decision-tables/t.xlsx", bytes("table 1"), "scenarios/s.xlsx", bytes("scenarios"));
    private static final Map<String, byte[]> SECOND = Map.of(
            "rules/a.drl", bytes("rule a"), "decision-tables/t.xlsx", bytes("table 2"), "scenarios/s.xlsx", bytes("scenarios"));

    @Test
    void aReleaseIsACommitWithItsAuthorNoteAndTrailers(@TempDir Path data) throws Exception {
        try (ReleaseStore store = ReleaseStore.open(data, "main")) {
            Release release = store.commit(FIRST, "admin", "raise the VPDN fee", "0123456789abcdef", "passed, 3 scenarios, 0 warnings");

            assertEquals(12, release.id().length());
            assertEquals(release.commit().substring(0, 12), release.id());
            assertEquals("admin", release.author());
            assertEquals("raise the VPDN fee", release.note());
            assertEquals("0123456789abcdef", release.rulebase());
            assertEquals("passed, 3 scenarios, 0 warnings", release.gate());
            try (RevWalk walk = new RevWalk(store.repository())) {
                RevCommit commit = walk.parseCommit(ObjectId.fromString(release.commit()));
                assertEquals("raise the VPDN fee\n\nKitei-Rulebase: 0123456789abcdef\nKitei-Gate: passed, 3 scenarios, 0 warnings\n",
                        commit.getFullMessage());
            }
            assertTrue(data.resolve("releases.git").resolve("HEAD").toFile().isFile(), "a bare repository in <data>/releases.git");
        }
    }

    @Test
    void theHistoryIsReadBackNewestFirstAndEachTreeWhole(@TempDir Path data) {
        Release first;
        Release second;
        try (ReleaseStore store = ReleaseStore.open(data, "main")) {
            first = store.commit(FIRST, "seed", "first", "1111111111111111", "passed, 0 scenarios, 0 warnings");
            second = store.commit(SECOND, "watcher", "edit on disk", "2222222222222222", "passed, 0 scenarios, 0 warnings");
            store.markServing(ObjectId.fromString(first.commit()));
        }
        try (ReleaseStore reopened = ReleaseStore.open(data, "main")) {
            assertEquals(List.of(second, first), reopened.log());
            assertEquals(ObjectId.fromString(second.commit()), reopened.head().orElseThrow());
            assertEquals(ObjectId.fromString(first.commit()), reopened.serving().orElseThrow());
            Map<String, byte[]> read = reopened.read(reopened.find(first.id()).orElseThrow());
            assertEquals(FIRST.keySet(), read.keySet());
            FIRST.forEach((path, bytes) -> assertArrayEquals(bytes, read.get(path), path));
        }
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() {
        try (ReleaseStore store = ReleaseStore.inMemory()) {
            store.commit(FIRST, "seed", "first", "1111111111111111", "passed, 0 scenarios, 0 warnings");
            assertTrue(store.find("000000000000").isEmpty());
            assertTrue(store.find("main").isEmpty(), "a ref name is not a release id");
            assertTrue(store.find("../../etc").isEmpty());
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
