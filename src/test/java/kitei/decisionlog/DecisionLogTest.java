package kitei.decisionlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.decision.Json;

class DecisionLogTest {

    @TempDir
    Path dir;

    private static DecisionRecord record(String id) {
        return new DecisionRecord(id, Instant.parse("2026-11-25T00:00:00Z"), "/v1/eligibility", "abc", 12,
                Json.MAPPER.createObjectNode().put("n", id), "{\"verdict\":\"ELIGIBLE\"}");
    }

    private static Map<String, Integer> idsIn(Path... files) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                counts.merge(Json.MAPPER.readTree(line).path("decisionId").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Test
    void onASlowDiskEveryAcceptedRecordIsWrittenExactlyOnceAndTheRestAreRefused() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        DecisionLog log = DecisionLog.open(new DecisionLogConfig(file, 1L << 30, 3, 8), Json.MAPPER, () -> sleep(2));
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 400; i++) {
            String id = "d" + i;
            callers.submit(() -> {
                if (log.append(record(id))) {
                    accepted.add(id);
                }
            });
        }
        callers.shutdown();
        assertTrue(callers.awaitTermination(30, TimeUnit.SECONDS));
        log.close();

        Map<String, Integer> written = idsIn(file);
        assertEquals(accepted.size(), written.size(), "every accepted record is in the log");
        assertTrue(written.values().stream().allMatch(n -> n == 1), "no record is written twice");
        assertTrue(written.keySet().containsAll(accepted));
        assertTrue(log.refused() > 0, "a full queue refuses rather than drops");
        assertEquals(400, accepted.size() + log.refused());
    }

    @Test
    void closeWritesEverythingQueuedBeforeReturning() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        DecisionLog log = DecisionLog.open(new DecisionLogConfig(file, 1L << 30, 3, 1000), Json.MAPPER, () -> sleep(1));
        for (int i = 0; i < 200; i++) {
            assertTrue(log.append(record("d" + i)));
        }
        log.close();
        assertEquals(200, idsIn(file).size());
        assertFalse(log.append(record("late")), "a closed log takes no more records");
    }

    @Test
    void filesRotateBySizeAndKeepTheConfiguredNumber() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        DecisionLog log = DecisionLog.open(new DecisionLogConfig(file, 2_000, 3, 1000), Json.MAPPER);
        for (int i = 0; i < 200; i++) {
            assertTrue(log.append(record("d" + i)));
        }
        log.close();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("decisions.jsonl", "decisions.jsonl.1", "decisions.jsonl.2", "decisions.jsonl.3"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.size(file) <= 2_000);
        Map<String, Integer> kept = idsIn(file, file.resolveSibling("decisions.jsonl.1"), file.resolveSibling("decisions.jsonl.2"),
                file.resolveSibling("decisions.jsonl.3"));
        assertTrue(kept.containsKey("d199"), "the newest record is kept");
        assertTrue(kept.values().stream().allMatch(n -> n == 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
