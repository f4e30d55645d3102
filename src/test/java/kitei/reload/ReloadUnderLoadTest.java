package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.check.Workbooks;

/**
 * Over a hundred releases and rollbacks while decisions run: every answer is a 200; each names a
 * release and rule base that the history records together, and says what that rule base says (no
 * answer mixes two); none is left unchecked. Already-gated content activates from the gate's cache.
 */
class ReloadUnderLoadTest {

    private static final int RELEASES = 120;
    private static final int CLIENTS = 3;
    private static final String EDITED = "edited: VPDN item TYPE_K is for customers of Mobile Type K on a flat plan";

    @Test
    void releasesAndRollbacksDuringDecisionsGiveNoFailedOrMixedAnswer() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("decision-tables/vpdn-prerequisites.xlsx"));
        byte[] edited = Workbooks.setCell(original, "G15", EDITED);
        try (TempProject project = TempProject.start()) {
            String seed = project.ready().body().path("release").asText();
            Map<String, String> messageOf = new HashMap<>();
            messageOf.put(project.servingId(), message(project.decide("/v1/eligibility", ReloadServiceTest.TYPE_K_ON_OTHER_PLAN).body()));
            TempProject.Answer first = project.upload("vpdn-prerequisites.xlsx", edited);
            assertTrue(first.active(), () -> String.valueOf(first.body()));
            messageOf.put(project.servingId(), EDITED);

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong answers = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicLong mixed = new AtomicLong();
            Set<String> pairs = ConcurrentHashMap.newKeySet();
            Map<String, Long> perRelease = new ConcurrentHashMap<>();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        TempProject.Answer answer = project.decide("/v1/eligibility", ReloadServiceTest.TYPE_K_ON_OTHER_PLAN);
                        answers.incrementAndGet();
                        if (answer.status() != 200) {
                            failed.incrementAndGet();
                            continue;
                        }
                        JsonNode tariff = answer.body().path("tariff");
                        String ruleBase = tariff.path("rulebase").asText();
                        pairs.add(tariff.path("release").asText() + " " + ruleBase);
                        perRelease.merge(tariff.path("release").asText(), 1L, Long::sum);
                        if (!message(answer.body()).equals(messageOf.get(ruleBase))) {
                            mixed.incrementAndGet(); // an unknown rule base counts too: nothing goes unchecked
                        }
                    }
                    return null;
                });
            }
            long started = System.nanoTime();
            for (int i = 0; i < RELEASES; i++) {
                TempProject.Answer done = i % 2 == 0
                        ? project.outcome(project.send(HttpRequest.newBuilder(project.uri("/admin/releases/" + seed + "/rollback"))
                                .header("Authorization", "Bearer " + TempProject.TOKEN).POST(HttpRequest.BodyPublishers.noBody())))
                        : project.upload("vpdn-prerequisites.xlsx", edited);
                assertTrue(done.active(), () -> String.valueOf(done.body()));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));

            Map<String, String> ruleBaseOf = new HashMap<>();
            project.admin("GET", "/admin/releases").body().path("releases")
                    .forEach(release -> ruleBaseOf.put(release.path("id").asText(), release.path("rulebase").asText()));
            long unrecorded = pairs.stream().filter(pair -> {
                String[] parts = pair.split(" ");
                return !parts[1].equals(ruleBaseOf.get(parts[0]));
            }).count();
            System.out.printf("%d answers during %d releases and rollbacks (%d ms, %d ms each): %d failed, %d mixed, %d releases answered%n",
                    answers.get(), RELEASES, millis, millis / RELEASES, failed.get(), mixed.get(), perRelease.size());
            assertEquals(0, failed.get(), "failed answers");
            assertEquals(0, mixed.get(), "answers whose content is not that of the rule base they name");
            assertEquals(0, unrecorded, () -> "answers naming a release and rule base the history does not pair: " + pairs);
            assertTrue(ruleBaseOf.size() >= RELEASES + 2, () -> ruleBaseOf.size() + " releases recorded");
            assertTrue(perRelease.size() >= 2, () -> "answers came from " + perRelease);
            assertTrue(answers.get() > RELEASES, () -> answers + " answers");
        }
    }

    private static String message(JsonNode answer) {
        return answer.path("violations").path(0).path("message").asText();
    }
}
