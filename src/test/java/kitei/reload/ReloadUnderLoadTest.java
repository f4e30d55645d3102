package kitei.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * Many reloads while decisions run: every answer is a 200 and says what the rule base it names
 * says (no answer mixes two rule bases), and none fails.
 */
class ReloadUnderLoadTest {

    private static final int RELOADS = 12;
    private static final int CLIENTS = 3;

    @Test
    void reloadsDuringDecisionsGiveNoFailedOrMixedAnswer() throws Exception {
        byte[] original = Files.readAllBytes(Path.of("decision-tables/vpdn-prerequisites.xlsx"));
        byte[] edited = Workbooks.setCell(original, "H15", "edited: VPDN item TYPE_K is for customers of Mobile Type K on a flat plan");
        try (TempProject project = TempProject.start()) {
            Map<String, String> messageOf = new ConcurrentHashMap<>();
            messageOf.put(project.servingId(), message(project.decide("/v1/eligibility", ReloadServiceTest.TYPE_K_ON_OTHER_PLAN).body()));
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong answers = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicLong mixed = new AtomicLong();
            Map<String, Long> perRuleBase = new ConcurrentHashMap<>();
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
                        String ruleBase = answer.body().path("tariff").path("rulebase").asText();
                        perRuleBase.merge(ruleBase, 1L, Long::sum);
                        String expected = messageOf.get(ruleBase);
                        if (expected != null && !expected.equals(message(answer.body()))) {
                            mixed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (int i = 0; i < RELOADS; i++) {
                byte[] workbook = i % 2 == 0 ? edited : original;
                TempProject.Answer reload = project.upload("vpdn-prerequisites.xlsx", workbook);
                assertEquals(200, reload.status(), () -> String.valueOf(reload.body()));
                messageOf.putIfAbsent(reload.body().path("serving").asText(),
                        i % 2 == 0 ? "edited: VPDN item TYPE_K is for customers of Mobile Type K on a flat plan" : messageOf.values().iterator().next());
            }
            running.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));
            System.out.printf("%d answers during %d reloads: %d failed, %d mixed, by rule base %s%n",
                    answers.get(), RELOADS, failed.get(), mixed.get(), perRuleBase);
            assertEquals(0, failed.get(), "failed answers");
            assertEquals(0, mixed.get(), "answers whose content is not that of the rule base they name");
            assertTrue(perRuleBase.size() >= 2, () -> "answers came from " + perRuleBase);
            assertTrue(answers.get() > RELOADS, () -> answers + " answers");
        }
    }

    private static String message(JsonNode answer) {
        return answer.path("violations").path(0).path("message").asText();
    }
}
