package kitei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import kitei.decision.DecisionService;
import kitei.decision.Json;
import kitei.decision.Reply;

/**
 * The README's examples are true of the code: each decision's request, asked of the repo's rules,
 * answers every value the README shows. The README elides with {@code …}: an elided object or list
 * ({@code {…}}, {@code […]}) matches anything, an elided rest ({@code , …}) anything more.
 */
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile(
            "http://127\\.0\\.0\\.1:8080(/v1/[a-z-]+) -d '\\n(.*?)'\\n```\\n```json\\n(.*?)\\n```", Pattern.DOTALL);
    private static final String ELIDED = "\"\\u2026\"";

    @Test
    void everyDecisionExampleAnswersWhatTheReadmeShows() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        DecisionService decisions = TestRuleBase.service();
        Matcher example = EXAMPLE.matcher(readme);
        List<String> checked = new ArrayList<>();
        while (example.find()) {
            String endpoint = example.group(1);
            if (endpoint.equals("/v1/batch")) {
                continue; // a batch is HTTP's: OpenApiTest and GeneratedClientTest drive it
            }
            Reply reply = decisions.decide(decisions.at(endpoint).orElseThrow(), Json.MAPPER.readTree(example.group(2)));
            assertEquals(200, reply.status(), endpoint + ": " + reply.body());
            JsonNode shown = Json.MAPPER.readTree(unelided(example.group(3)));
            assertShown(endpoint, shown, Json.MAPPER.valueToTree(reply.body()));
            checked.add(endpoint);
        }
        assertEquals(List.of("/v1/eligibility", "/v1/cancellation", "/v1/outage-credit", "/v1/changes", "/v1/charges"), checked);
    }

    /** The README's elisions as JSON: {@code {…}} and {@code […]} become a wildcard, {@code , …} goes. */
    static String unelided(String shown) {
        return shown.replace("{…}", ELIDED).replace("[…]", ELIDED).replaceAll(",\\s*…", "");
    }

    private static void assertShown(String at, JsonNode shown, JsonNode actual) {
        if (shown.isTextual() && shown.textValue().equals("…")) {
            return;
        }
        if (shown.isObject()) {
            assertTrue(actual.isObject(), at + ": expected an object, got " + actual);
            for (Iterator<Map.Entry<String, JsonNode>> fields = shown.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!actual.has(field.getKey())) {
                    fail(at + ": the answer has no '" + field.getKey() + "': " + actual);
                }
                assertShown(at + "/" + field.getKey(), field.getValue(), actual.get(field.getKey()));
            }
            return;
        }
        if (shown.isArray()) {
            assertEquals(shown.size(), actual.size(), at + ": " + actual);
            for (int i = 0; i < shown.size(); i++) {
                assertShown(at + "/" + i, shown.get(i), actual.get(i));
            }
            return;
        }
        if (shown.isNumber() && actual.isNumber()) {
            assertEquals(0, shown.decimalValue().compareTo(actual.decimalValue()), at + ": expected " + shown + ", got " + actual);
            return;
        }
        assertEquals(shown, actual, at);
    }
}
