package kitei.decisionlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kitei.decision.Answer;
import kitei.decision.Json;
import kitei.tariff.TariffRef;

class DecisionLogTest {

    @TempDir
    Path dir;

    record TestAnswer(String decisionId, String verdict, TariffRef tariff, List<String> trace) implements Answer {
    }

    static DecisionRecord record(String id) {
        return new DecisionRecord(id, Instant.parse("2026-11-25T00:00:00Z"), "/v1/eligibility", "abc", null, 12,
                Json.MAPPER.createObjectNode().put("n", id),
                new TestAnswer(id, "ELIGIBLE", new TariffRef("t", "2019-12-01", "abc"), List.of("rule A fired", "rule B fired")));
    }

    private DecisionLogConfig config(int queue, DecisionLogMode mode) {
        return new DecisionLogConfig(dir.resolve("decisions.jsonl"), 1L << 30, 3, queue, mode, Duration.ofSeconds(10), false);
    }

    /** Every line of the files, each a whole JSON object: a torn or spliced line fails here. */
    static Map<String, Integer> idsIn(Path... files) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            assertTrue(bytes.length == 0 || bytes[bytes.length - 1] == '\n', file + " ends in a whole line");
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                var node = Json.MAPPER.readTree(line);
                assertTrue(node.isObject() && node.has("answer"), "a whole record: " + line);
                counts.merge(node.path("decisionId").asText(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean done(CompletableFuture<Void> future) {
        return future.isDone() && !future.isCompletedExceptionally();
    }

    @Test
    void onASlowDiskEveryAcceptedRecordIsWrittenExactlyOnceAndTheRestAreRefused() throws Exception {
        FaultyDisk disk = new FaultyDisk();
        disk.millisPerWrite = 2;
        DecisionLog log = DecisionLog.open(config(8, DecisionLogMode.QUEUED), Json.MAPPER, disk);
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        ExecutorService callers = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 400; i++) {
            String id = "d" + i;
            callers.submit(() -> {
                if (done(log.append(record(id)))) {
                    accepted.add(id);
                }
            });
        }
        callers.shutdown();
        assertTrue(callers.awaitTermination(30, TimeUnit.SECONDS));
        log.close();

        Map<String, Integer> written = idsIn(log.file());
        assertEquals(accepted.size(), written.size(), "every accepted record is in the log");
        assertTrue(written.values().stream().allMatch(n -> n == 1), "no record is written twice");
        assertTrue(written.keySet().containsAll(accepted));
        assertTrue(log.refused() > 0, "a full queue refuses rather than drops");
        assertEquals(400, accepted.size() + log.refused());
    }

    @Test
    void closeWritesEverythingQueuedBeforeReturning() throws Exception {
        FaultyDisk disk = new FaultyDisk();
        disk.millisPerWrite = 1;
        DecisionLog log = DecisionLog.open(config(1000, DecisionLogMode.QUEUED), Json.MAPPER, disk);
        for (int i = 0; i < 200; i++) {
            assertTrue(done(log.append(record("d" + i))));
        }
        log.close();
        assertEquals(200, idsIn(log.file()).size());
        assertFalse(done(log.append(record("late"))), "a closed log takes no more records");
    }

    @Test
    void inWrittenModeADecisionMayBeAnsweredOnlyOnceItsLineIsInTheFile() throws Exception {
        DecisionLog log = DecisionLog.open(config(100, DecisionLogMode.WRITTEN), Json.MAPPER, new FaultyDisk());
        CompletableFuture<Void> logged = log.append(record("d1"));
        logged.get(5, TimeUnit.SECONDS);
        assertEquals(Map.of("d1", 1), idsIn(log.file()), "written before the future completes, not after");
        log.close();
    }

    @Test
    void aRecordIsLoggedWithoutItsTraceAndAnUnpairedSurrogateEscaped() throws Exception {
        DecisionLog log = DecisionLog.open(config(100, DecisionLogMode.WRITTEN), Json.MAPPER, new FaultyDisk());
        DecisionRecord odd = new DecisionRecord("d1", Instant.parse("2026-11-25T00:00:00Z"), "/v1/eligibility", "abc", null, 12,
                Json.MAPPER.createObjectNode().put("realm", "\ud800.jp"), record("d1").answer());
        log.append(odd).get(5, TimeUnit.SECONDS);
        log.append(record("d2")).get(5, TimeUnit.SECONDS);
        log.close();
        String text = Files.readString(log.file(), StandardCharsets.UTF_8);
        assertFalse(text.contains("trace") || text.contains("rule A fired"), text);
        assertTrue(text.contains("\"realm\":\"\\uD800.jp\""), text);
        assertEquals(Map.of("d1", 1, "d2", 1), idsIn(log.file()));
        assertEquals(0, log.unencodable());
    }

    record Exploding(String decisionId, TariffRef tariff) implements Answer {
        @com.fasterxml.jackson.annotation.JsonProperty
        public String verdict() {
            throw new IllegalStateException("a bug in an answer");
        }
    }

    @Test
    void aRecordThatCannotBeWrittenIsCountedAndLoggedAsWhatIsKnownNeverRetried() throws Exception {
        DecisionLog log = DecisionLog.open(config(100, DecisionLogMode.WRITTEN), Json.MAPPER, new FaultyDisk());
        DecisionRecord broken = new DecisionRecord("bad", Instant.parse("2026-11-25T00:00:00Z"), "/v1/eligibility", "abc", null, 12,
                Json.MAPPER.createObjectNode(), new Exploding("bad", new TariffRef("t", "v", "abc")));
        log.append(broken).get(5, TimeUnit.SECONDS);
        log.append(record("d2")).get(5, TimeUnit.SECONDS);
        log.close();
        List<String> lines = Files.readAllLines(log.file());
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).contains("\"unencodable\":") && lines.get(0).contains("\"decisionId\":\"bad\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"decisionId\":\"d2\""));
        assertEquals(1, log.unencodable());
        assertEquals(0, log.writeFailures());
    }

    @Test
    void onAFullDiskNoLineIsTornOrSplicedEveryAnsweredRecordIsLoggedAndTheLogRecoversWhenSpaceReturns() throws Exception {
        FaultyDisk disk = new FaultyDisk();
        DecisionLog log = DecisionLog.open(config(1000, DecisionLogMode.WRITTEN), Json.MAPPER, disk);
        List<String> answered = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 20; i++) {
            append(log, "before" + i, answered, refused).get(5, TimeUnit.SECONDS);
        }
        disk.fill(Files.size(log.file()) + 500); // room for a part of one record: the next write tears
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> during = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 200; i++) {
            String id = "during" + i;
            callers.submit(() -> during.add(append(log, id, answered, refused)));
        }
        callers.shutdown();
        assertTrue(callers.awaitTermination(10, TimeUnit.SECONDS));
        CompletableFuture.allOf(during.toArray(CompletableFuture[]::new)).exceptionally(refusedSome -> null).get(10, TimeUnit.SECONDS);
        assertTrue(log.problem().orElseThrow().contains("No space left on device"), log.problem().toString());
        assertFalse(log.healthy());
        assertTrue(log.writeFailures() > 0);
        assertFalse(done(log.append(record("whileFull"))), "while failing, a decision waiting for its record is refused at once");

        disk.makeRoom();
        waitFor(log::healthy, Duration.ofSeconds(10));
        for (int i = 0; i < 20; i++) {
            append(log, "after" + i, answered, refused).get(5, TimeUnit.SECONDS);
        }
        log.close();

        Map<String, Integer> logged = idsIn(log.file());
        assertTrue(logged.values().stream().allMatch(n -> n == 1), "no record twice");
        assertEquals(Set.copyOf(answered), logged.keySet(), "exactly the answered decisions are logged: " + refused.size() + " refused");
        assertTrue(answered.containsAll(List.of("before0", "after19")));
        assertEquals(refused.size() + 1, log.refused(), "every refusal counted");
    }

    private static CompletableFuture<Void> append(DecisionLog log, String id, List<String> answered, List<String> refused) {
        return log.append(record(id)).whenComplete((ok, failure) -> (failure == null ? answered : refused).add(id));
    }

    @Test
    void inQueuedModeRecordsWaitThroughAFullDiskAndAreAllWrittenOnceSpaceReturns() throws Exception {
        FaultyDisk disk = new FaultyDisk();
        DecisionLog log = DecisionLog.open(config(1000, DecisionLogMode.QUEUED), Json.MAPPER, disk);
        disk.fill(700);
        for (int i = 0; i < 50; i++) {
            assertTrue(done(log.append(record("d" + i))));
        }
        waitFor(() -> !log.healthy(), Duration.ofSeconds(5));
        disk.makeRoom();
        waitFor(() -> log.written() == 50, Duration.ofSeconds(10));
        log.close();
        Map<String, Integer> logged = idsIn(log.file());
        assertEquals(50, logged.size());
        assertTrue(logged.values().stream().allMatch(n -> n == 1));
    }

    @Test
    void onAHungDiskReadinessSaysSoAndCloseReturnsWithinItsBound() throws Exception {
        FaultyDisk disk = new FaultyDisk();
        CountDownLatch hang = new CountDownLatch(1);
        disk.hang = hang;
        DecisionLog log = DecisionLog.open(config(100, DecisionLogMode.WRITTEN).withCloseTimeout(Duration.ofSeconds(1)),
                Json.MAPPER, disk);
        try {
            CompletableFuture<Void> waiting = log.append(record("d1"));
            waitFor(() -> !log.healthy(), Duration.ofSeconds(5));
            assertTrue(log.problem().orElseThrow().contains("has not returned"), log.problem().toString());
            assertFalse(done(log.append(record("d2"))), "refused at once while the disk hangs");
            long started = System.nanoTime();
            log.close();
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(took < 4_000, "close took " + took + " ms");
            assertFalse(done(waiting), "never answered as logged");
        } finally {
            hang.countDown();
        }
    }

    @Test
    void aTornTailLeftByACrashIsCutWhenTheLogOpensAndNothingIsSplicedOntoIt() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        Files.writeString(file, "{\"decisionId\":\"old\",\"answer\":{}}\n{\"decisionId\":\"torn\",\"ans");
        DecisionLog log = DecisionLog.open(config(100, DecisionLogMode.WRITTEN), Json.MAPPER, new FaultyDisk());
        log.append(record("new")).get(5, TimeUnit.SECONDS);
        log.close();
        assertEquals(Map.of("old", 1, "new", 1), idsIn(file));
    }

    @Test
    void aLogThatCannotBeOpenedSaysWhereAndWhyInOneLine() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("not-a-dir"), "x");
        DecisionLog.CannotOpen failure = assertThrows(DecisionLog.CannotOpen.class,
                () -> DecisionLog.open(DecisionLogConfig.at(inTheWay.resolve("decisions.jsonl")), Json.MAPPER));
        assertEquals("cannot open the decision log " + inTheWay.resolve("decisions.jsonl") + ": " + inTheWay
                + " is a file, not a directory", failure.getMessage());
    }

    @Test
    void filesRotateBySizeAndKeepTheConfiguredNumber() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        DecisionLog log = DecisionLog.open(new DecisionLogConfig(file, 2_000, 3, 1000), Json.MAPPER);
        for (int i = 0; i < 200; i++) {
            assertTrue(done(log.append(record("d" + i))) || waitDone(log.append(record("r" + i))));
        }
        log.close();
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("decisions.jsonl", "decisions.jsonl.1", "decisions.jsonl.2", "decisions.jsonl.3"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.size(file) <= 2_000);
        Map<String, Integer> kept = idsIn(file, file.resolveSibling("decisions.jsonl.1"), file.resolveSibling("decisions.jsonl.2"),
                file.resolveSibling("decisions.jsonl.3"));
        assertTrue(kept.keySet().stream().anyMatch(id -> id.endsWith("199")), "the newest record is kept");
        assertTrue(kept.values().stream().allMatch(n -> n == 1));
    }

    @Test
    void rotatedFilesAreGzippedAndReadBack() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        DecisionLog log = DecisionLog.open(new DecisionLogConfig(file, 2_000, 3, 1000, DecisionLogMode.WRITTEN,
                Duration.ofSeconds(10), true), Json.MAPPER);
        for (int i = 0; i < 30; i++) {
            log.append(record("d" + i)).get(5, TimeUnit.SECONDS);
        }
        log.close();
        Path gzipped = file.resolveSibling("decisions.jsonl.1.gz");
        assertTrue(Files.exists(gzipped) && !Files.exists(file.resolveSibling("decisions.jsonl.1")));
        List<String> ids = new ArrayList<>();
        LogLines.read(gzipped, line -> ids.add(Json.MAPPER.readTree(line.text()).path("decisionId").asText()));
        assertFalse(ids.isEmpty());
        assertTrue(ids.stream().allMatch(id -> id.startsWith("d")));
    }

    private static boolean waitDone(CompletableFuture<Void> future) {
        try {
            future.get(5, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    static void waitFor(BooleanSupplier condition, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within " + within);
            Thread.sleep(20);
        }
    }
}
