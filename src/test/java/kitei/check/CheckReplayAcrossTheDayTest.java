package kitei.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.StagedRevision;
import kitei.TestRuleBase;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;

/**
 * {@code kitei check --replay LOG} on a project with a revision staged (NOTICE_DAYS 30 → 60 from
 * 2027-04-01): it reports the versions, and which logged decisions would change once the revision is
 * in force (asked again as of its day, by the version before and by the revision) and which would not.
 */
class CheckReplayAcrossTheDayTest {

    private static final String CANCELLATION = """
            {"asOf": "2026-11-25", "subject": "CONTRACT", "type": "GROUP", "billingStartDate": "2025-01-01",
             "monthlyFee": 10000, "noticeReceivedDate": "2026-11-25", "reason": "CUSTOMER"}""";
    private static final String ELIGIBILITY = """
            {"asOf": "2026-11-25", "customer": {"mobileServices": [{"service": "TYPE_K", "plan": "FLAT_L"}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_K"], "terminators": 1}]},
             "setup": {"realms": ["example.co.jp"], "vpdnTerminatorsConfigured": true, "vpdnTerminalsConfigured": true}}""";

    @TempDir
    Path root;

    @Test
    void aStagedRevisionSaysWhichLoggedDecisionsChangeOnItsDayAndWhichDoNot() throws IOException {
        StagedRevision.project(root);
        Path log = root.resolve("decisions.jsonl");
        Files.writeString(log, logged("d-cancellation", "/v1/cancellation", CANCELLATION) + "\n"
                + logged("d-eligibility", "/v1/eligibility", ELIGIBILITY) + "\n");
        CheckCommand command = new CheckCommand();
        command.clock = TestRuleBase.TODAY;
        command.replay = log;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = command.run(root, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(0, exit, out);
        assertTrue(out.contains("versions: 2019-12-01 from decision-tables/ in force 2019-12-01 to 2027-03-31;"
                + " 2027-04-01 from decision-tables/from-2027-04-01/ in force 2027-04-01 on"), out);
        assertTrue(out.contains("2 decisions replayed, 0 would change"), "as of their own day nothing changes: " + out);
        assertTrue(out.contains("impact across the day of the revision from 2027-04-01 (decision-tables/from-2027-04-01/):"
                + " 2 decisions asked as of 2027-04-01, 1 would change once it is in force, 1 would not"), out);
        assertTrue(out.contains("A11.1: 1 decision(s)\n  d-cancellation /v1/cancellation\n"), out);
        assertTrue(out.contains("    /effectiveDate: \"2026-12-25\" -> \"2027-01-24\"\n"), out);
        assertTrue(out.contains("unchanged: d-eligibility"), out);
        assertTrue(out.contains("coverage of version 2019-12-01: decision-bearing clauses with no rule or row: none;"), out);
        assertTrue(out.contains("coverage of version 2027-04-01: decision-bearing clauses with no rule or row: none;"), out);
    }

    private static String logged(String id, String endpoint, String request) throws IOException {
        DecisionService service = TestRuleBase.service();
        Reply reply = service.decide(service.at(endpoint).orElseThrow(), Json.MAPPER.readTree(request));
        ObjectNode record = Json.MAPPER.createObjectNode();
        record.put("decisionId", id).put("time", "2026-11-25T03:00:00Z").put("endpoint", endpoint)
                .put("rulebase", TestRuleBase.get().id()).put("durationMicros", 100);
        record.set("request", Json.MAPPER.readTree(request));
        ObjectNode answer = Json.MAPPER.valueToTree(reply.body());
        answer.remove(List.of("decisionId", "tariff", "trace"));
        record.set("answer", answer);
        return Json.MAPPER.writeValueAsString(record);
    }
}
