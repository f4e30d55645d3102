package kitei.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.TestRuleBase;
import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;

/**
 * The rules conclude each finding once per code and subject: the answer shows every finding the
 * rules drew, so a rule that fires twice for one finding shows here, over every eligibility case
 * file and a few requests built to make a careless rule fire twice.
 */
class OneFindingPerCodeAndSubjectTest {

    private static final Path CASES = Path.of("src/test/resources/kitei/eligibility/cases");
    private static final String SETUP = """
            "setup": {"realms": ["example.co.jp"], "clientTerminalsConfigured": true}""";

    /** Requests where one thing is met more than once: three equal terminals, two held duplicates, two mobile services. */
    private static final List<String> REPEATS = List.of("""
            {"customer": {"contracts": [{"type": "CLIENT", "terminals": [{"ip": "192.0.2.1"}, {"ip": "192.0.2.1"}]},
                                        {"type": "CLIENT", "terminals": [{"ip": "192.0.2.1"}]}, {"type": "GROUP"}]},
             "order": {"contracts": [{"type": "CLIENT", "terminals": [{"ip": "192.0.2.1"}, {"ip": "192.0.2.1"}]},
                                     {"type": "GROUP"}, {"type": "GROUP"}, {"type": "PROXY"}, {"type": "PROXY"}]},
             %s}""".formatted(SETUP), """
            {"customer": {"largeScalePrivateGateway": true,
                          "mobileServices": [{"service": "TYPE_I", "networkType": "III"}, {"service": "TYPE_I", "networkType": "III"},
                                             {"service": "TYPE_K", "plan": "FLAT"}, {"service": "TYPE_K", "plan": "FLAT"}],
                          "contracts": [{"type": "VPDN", "items": ["TYPE_I", "TYPE_K"], "options": ["LOAD_BALANCING"]}]},
             "order": {"contracts": [{"type": "VPDN", "items": ["TYPE_I", "TYPE_K", "TYPE_D"], "options": ["LOAD_BALANCING"]},
                                     {"type": "CLIENT", "terminals": [{"ip": "10.0.0.0/8"}], "options": ["LOAD_BALANCING"]}]}}""");

    private final DecisionService service = TestRuleBase.service();

    @Test
    void everyEligibilityCaseFileAnswersEachFindingOnce() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.list(CASES)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int answered = 0;
        for (Path file : files) {
            for (JsonNode testCase : Json.MAPPER.readTree(file.toFile()).path("cases")) {
                answered += checked(file.getFileName() + " " + testCase.path("name").asText(), testCase.path("request"));
            }
        }
        assertTrue(answered > 30, "only " + answered + " eligibility answers were checked");
    }

    @Test
    void requestsThatMeetOneThingSeveralTimesAnswerEachFindingOnce() throws IOException {
        for (String request : REPEATS) {
            assertEquals(1, checked(request, Json.MAPPER.readTree(request)), "no answer to " + request);
        }
    }

    /** 1 when the request was answered (and its findings are unique), 0 when it was refused as bad input. */
    private int checked(String context, JsonNode request) {
        Reply reply = service.decide(service.at("/v1/eligibility").orElseThrow(), request);
        if (reply.status() != 200) {
            return 0;
        }
        JsonNode answer = Json.MAPPER.valueToTree(reply.body());
        List<String> seen = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        for (String list : List.of("violations", "conflicts", "pendingActions", "warnings")) {
            for (JsonNode entry : answer.path(list)) {
                String key = list + " " + entry.path("code").asText() + " " + entry.path("subject").asText() + " " + entry.path("subjects");
                seen.add(key);
                unique.add(key);
            }
        }
        assertEquals(unique.size(), seen.size(), () -> context + ": a finding drawn twice: " + seen);
        return 1;
    }
}
