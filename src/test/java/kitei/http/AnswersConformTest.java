package kitei.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kitei.TestRuleBase;
import kitei.cases.CaseRequest;
import kitei.decision.Json;
import kitei.engine.RuleSources;

/**
 * Every answer of every case file and every analysts' scenario, asked of a running service, conforms
 * to the description that service serves at {@code GET /openapi.json}, read as OpenAPI 3.1 reads it
 * (JSON Schema 2020-12, formats asserted); so does every batch of them. A copy of the description
 * broken on purpose rejects them, which shows the check can fail.
 */
class AnswersConformTest {

    private static Service service;
    private static HttpClient http;
    private static String servedJson;
    private static OpenApiDescription served;
    private static final Map<CaseRequest, Answer> answers = new ConcurrentHashMap<>();

    /** A status, media type and body as the service answered them. */
    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @BeforeAll
    static void start() {
        service = Service.start(HttpConfig.of("127.0.0.1", 0), RuleSources.fromDirectory(Path.of(".")), TestRuleBase.TODAY).await();
        service.loaded().await();
        http = HttpClient.newHttpClient();
        Answer description = send("GET", "/openapi.json", null);
        assertEquals(200, description.status());
        servedJson = description.body();
        served = OpenApiDescription.parse(servedJson);
    }

    @AfterAll
    static void stop() {
        service.stop().await();
    }

    @Test
    void theServedDescriptionUsesTheDialectTheValidatorReadsItIn() {
        assertEquals("3.1.0", served.root().path("openapi").asText());
        // Without jsonSchemaDialect, OpenAPI 3.1's own dialect applies: the one the validator is built with
        // (a jsonSchemaDialect line also makes Prism's validating proxy skip every body check).
        assertTrue(served.root().path("jsonSchemaDialect").isMissingNode(), "the description names a dialect of its own");
    }

    @TestFactory
    Stream<DynamicTest> everyAnswerOfEveryCaseAndScenarioConforms() {
        List<CaseRequest> requests = CaseRequest.all();
        assertTrue(requests.size() > 150, "expected the case files and scenarios, found " + requests.size());
        return requests.stream().map(request -> DynamicTest.dynamicTest(request.where(), () -> {
            Answer answer = answer(request);
            assertEquals(request.status(), answer.status(), answer::body);
            assertEquals(List.of(), served.answerViolations("POST", request.endpoint(), answer.status(), answer.contentType(), answer.body()),
                    () -> "answered " + answer.body());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBatchOfThemConforms() {
        Map<String, List<CaseRequest>> byFile = new LinkedHashMap<>();
        for (CaseRequest request : CaseRequest.all()) {
            byFile.computeIfAbsent(request.where().split(":", 2)[0], file -> new ArrayList<>()).add(request);
        }
        return byFile.entrySet().stream().map(file -> DynamicTest.dynamicTest(file.getKey(), () -> {
            ArrayNode items = Json.MAPPER.createArrayNode();
            for (CaseRequest request : file.getValue()) {
                ObjectNode item = items.addObject();
                item.put("endpoint", request.endpoint());
                item.set("request", request.request());
            }
            Answer answer = send("POST", BatchHandler.PATH, Json.MAPPER.createObjectNode().set("items", items).toString());
            assertEquals(200, answer.status(), answer::body);
            assertEquals(List.of(), served.answerViolations("POST", BatchHandler.PATH, 200, answer.contentType(), answer.body()));
            JsonNode answered = answer.json().path("items");
            for (int i = 0; i < file.getValue().size(); i++) {
                assertEquals(file.getValue().get(i).status(), answered.path(i).path("status").asInt(), file.getValue().get(i).where());
            }
        }));
    }

    @Test
    void aCopyThatRequiresWhatACancellationLeavesOutRejectsIt() throws IOException {
        ObjectNode copy = (ObjectNode) Json.MAPPER.readTree(servedJson);
        ArrayNode required = (ArrayNode) copy.at("/components/schemas/EarlyTerminationCharge/required");
        required.add("monthlyFee").add("priceSource").add("proration");
        OpenApiDescription broken = OpenApiDescription.parse(copy.toString());
        List<String> rejected = new ArrayList<>();
        for (CaseRequest request : CaseRequest.all()) {
            if (request.endpoint().equals("/v1/cancellation") && request.status() == 200) {
                Answer answer = answer(request);
                assertEquals(List.of(), served.answerViolations("POST", request.endpoint(), 200, answer.contentType(), answer.body()));
                if (!broken.answerViolations("POST", request.endpoint(), 200, answer.contentType(), answer.body()).isEmpty()) {
                    rejected.add(request.where());
                }
            }
        }
        assertTrue(rejected.size() >= 5, "the broken copy should reject the answers without a charge, rejected only " + rejected);
    }

    @Test
    void anAnswerWithAnImpossibleDateOrAnExtraFieldIsRejected() {
        CaseRequest worked = CaseRequest.fromCaseFiles().stream()
                .filter(request -> request.endpoint().equals("/v1/cancellation") && request.status() == 200).findFirst().orElseThrow();
        Answer answer = answer(worked);
        ObjectNode impossible = (ObjectNode) answer.json();
        impossible.put("effectiveDate", "2026-02-30");
        assertFalse(served.answerViolations("POST", "/v1/cancellation", 200, answer.contentType(), impossible.toString()).isEmpty(),
                "formats are not asserted");
        ObjectNode extra = (ObjectNode) answer.json();
        extra.withObject("/earlyTermination").put("surcharge", 1);
        assertFalse(served.answerViolations("POST", "/v1/cancellation", 200, answer.contentType(), extra.toString()).isEmpty(),
                "unknown fields are accepted");
        assertFalse(served.answerViolations("POST", "/v1/cancellation", 201, answer.contentType(), answer.body()).isEmpty(),
                "an undocumented status is accepted");
    }

    private static Answer answer(CaseRequest request) {
        return answers.computeIfAbsent(request, asked -> send("POST", asked.endpoint(), asked.request().toString()));
    }

    private static Answer send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
