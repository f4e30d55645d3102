package kitei.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import kitei.TestRuleBase;
import kitei.decision.Decider;
import kitei.decision.Deciders;
import kitei.decision.Json;
import kitei.engine.RuleSources;

/**
 * Keeps the OpenAPI description honest: every example it documents validates against its schema,
 * and every endpoint of a running service, driven with good and bad requests, answers with a status
 * the description documents and a body its schema accepts. Every documented operation must be
 * served and each of its documented responses driven here; unknown paths, other methods and HEAD
 * answer as the description's conventions say.
 */
class OpenApiTest {

    private static final String ADMIN_TOKEN = "admin-token-for-tests";
    private static final String DECISION_TOKEN = "decision-token-for-tests";
    private static final int MAX_BODY_BYTES = 32 * 1024;
    private static final int MAX_BATCH_ITEMS = 3;

    /** Documented responses no test here drives, each with the reason. Keep it short. */
    private static final Map<String, String> NOT_DRIVEN = Map.of(
            "POST /v1/batch 503", "a batch itself answers 503 only on the request timeout; its items' 503s are driven",
            "POST /admin/reload 409", "needs a service whose rules came from the jar",
            "POST /admin/releases/fetch 200", "needs a service on a shared repository: FleetServiceTest drives it",
            "POST /admin/releases 413", "needs a body over 80 MiB");

    @TempDir
    static Path project;

    private static OpenApiDescription description;
    private static Service service;
    private static Service loading;
    private static Vertx clientVertx;
    private static WebClient client;
    private static final Set<String> driven = ConcurrentHashMap.newKeySet();
    private static final Map<String, Boolean> routes = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        description = OpenApiDescription.served();
        // Uploads and reloads write to and read from the service's directory: a copy, never the repo's.
        for (String dir : List.of(RuleSources.RULES_DIR, RuleSources.TABLES_DIR, "scenarios", "src/test/resources/kitei")) {
            copy(Path.of(dir), project.resolve(dir));
        }
        service = Service.start(config(ADMIN_TOKEN, null), RuleSources.fromDirectory(project), TestRuleBase.TODAY).await();
        service.loaded().await();
        RuleSources broken = new RuleSources("broken", Map.of("rules/broken.drl", "rule \"unfinished".getBytes(StandardCharsets.UTF_8)));
        loading = Service.start(config(null, DECISION_TOKEN), broken, TestRuleBase.TODAY).await();
        clientVertx = Vertx.vertx();
        client = WebClient.create(clientVertx);
    }

    @AfterAll
    static void stop() {
        client.close();
        clientVertx.close().await();
        service.stop().await();
        loading.stop().await();
    }

    private static HttpConfig config(String adminToken, String decisionToken) {
        return new HttpConfig("127.0.0.1", 0, MAX_BODY_BYTES, adminToken, decisionToken, MAX_BATCH_ITEMS,
                HttpConfig.DEFAULT_MAX_NESTING_DEPTH, HttpConfig.DEFAULT_REQUEST_TIMEOUT_MILLIS, 2);
    }

    // ---- the description itself ----

    @Test
    void everyDocumentedExampleValidatesAgainstItsSchema() {
        List<OpenApiDescription.Example> examples = description.examples();
        assertTrue(examples.size() > 40, "expected the description to carry examples, found " + examples.size());
        List<String> invalid = new ArrayList<>();
        for (OpenApiDescription.Example example : examples) {
            List<String> violations = description.violations(example.schemaPointer(), example.value());
            if (!violations.isEmpty()) {
                invalid.add(example.where() + ": " + violations);
            }
        }
        assertEquals(List.of(), invalid);
    }

    @Test
    void aSchemaRejectsWhatItShould() {
        assertFalse(description.violations("/components/schemas/Yen", Json.MAPPER.valueToTree(-1)).isEmpty());
        assertFalse(description.violations("/components/schemas/Yen", Json.MAPPER.valueToTree(1.5)).isEmpty());
        assertFalse(description.violations("/components/schemas/Date", Json.MAPPER.valueToTree("2026-02-30")).isEmpty());
        assertFalse(description.violations("/components/schemas/TariffRef",
                json("{\"id\": \"x\", \"version\": \"1\", \"rulebase\": \"h\", \"extra\": 1}")).isEmpty());
    }

    @Test
    void everyDecisionTheServiceAnswersIsDocumented() {
        for (Decider decider : Deciders.all()) {
            assertFalse(description.at(OpenApiDescription.operation("POST", decider.path())).isMissingNode(),
                    "POST " + decider.path() + " is served but not documented");
        }
    }

    // ---- the description as served ----

    @Test
    void theYamlIsServedAsWritten() {
        HttpResponse<Buffer> response = drive(service, "GET", "/openapi.yaml", null, null, null, 200);
        assertArrayEquals(OpenApiRoutes.read(OpenApiRoutes.RESOURCE), response.body().getBytes());
    }

    @Test
    void theJsonIsTheYamlConverted() {
        HttpResponse<Buffer> response = drive(service, "GET", "/openapi.json", null, null, null, 200);
        assertEquals(description.root(), OpenApiDescription.served().root(), "the description converts the same way twice");
        try {
            assertEquals(description.root(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.bodyAsString()));
        } catch (IOException e) {
            fail("/openapi.json is not JSON: " + e.getMessage());
        }
    }

    // ---- decisions ----

    static Stream<String> decisionPaths() {
        return Stream.of("/v1/eligibility", "/v1/cancellation", "/v1/outage-credit", "/v1/changes", "/v1/charges", "/v1/batch");
    }

    @ParameterizedTest
    @MethodSource("decisionPaths")
    void everyDocumentedRequestIsAnsweredAsDocumented(String path) {
        String examples = OpenApiDescription.operation("POST", path) + "/requestBody/content/application~1json/examples";
        List<String> names = new ArrayList<>();
        description.at(examples).fieldNames().forEachRemaining(names::add);
        assertFalse(names.isEmpty(), "POST " + path + " documents no request example");
        for (String name : names) {
            JsonNode request = description.at(examples + "/" + name + "/value");
            assertEquals(List.of(), description.violations(description.requestSchema("POST", path), request),
                    "example " + name + " of POST " + path);
            drive(service, "POST", path, "application/json", request.toString(), null, 200);
        }
    }

    @ParameterizedTest
    @MethodSource("decisionPaths")
    void malformedJsonIs400(String path) {
        drive(service, "POST", path, "application/json", "{\"asOf\": ", null, 400);
    }

    @ParameterizedTest
    @MethodSource("decisionPaths")
    void wrongFieldsAre400(String path) {
        drive(service, "POST", path, "application/json", "{\"asOf\": \"2026-02-30\", \"unknown\": -1}", null, 400);
    }

    @ParameterizedTest
    @MethodSource("decisionPaths")
    void aBodyOverTheLimitIs413(String path) {
        String big = "{\"padding\": \"" + "x".repeat(MAX_BODY_BYTES) + "\"}";
        drive(service, "POST", path, "application/json", big, null, 413);
    }

    @ParameterizedTest
    @MethodSource("decisionPaths")
    void anotherMediaTypeIs415(String path) {
        drive(service, "POST", path, "text/plain", "{}", null, 415);
    }

    @ParameterizedTest
    @MethodSource("decisionPaths")
    void aDayBeforeTheLoadedTextIs422(String path) {
        if (path.equals(BatchHandler.PATH)) {
            assertTrue(description.response("POST", path, 422).isEmpty(), "a batch answers an item's 422 inside its 200");
            return;
        }
        ObjectNode request = (ObjectNode) firstRequestExample(path).deepCopy();
        request.put("asOf", "2019-11-30");
        drive(service, "POST", path, "application/json", request.toString(), null, 422);
    }

    @ParameterizedTest
    @MethodSource("decisionPaths")
    void withATokenConfiguredNoneIs401AndAWrongOneIs403(String path) {
        String body = firstRequestExample(path).toString();
        drive(loading, "POST", path, "application/json", body, null, 401);
        drive(loading, "POST", path, "application/json", body, "not-the-token", 403);
    }

    @ParameterizedTest
    @MethodSource("decisionPaths")
    void beforeTheRuleBaseIsLoadedADecisionIs503(String path) {
        String body = path.equals("/v1/batch")
                ? "{\"items\": [{\"endpoint\": \"/v1/eligibility\", \"request\": {\"order\": {\"contracts\": []}}}]}"
                : firstRequestExample(path).toString();
        HttpResponse<Buffer> response = call(loading, "POST", path, "application/json", body, DECISION_TOKEN);
        if (path.equals("/v1/batch")) {
            // A batch answers in order, each item with its own status: the 503 is the item's.
            check("POST", path, response, 200);
            assertEquals(503, json(response.bodyAsString()).at("/items/0/status").asInt());
        } else {
            check("POST", path, response, 503);
        }
    }

    @Test
    void aBatchWithBadItemsAnswersEachInOrder() {
        JsonNode answer = json(drive(service, "POST", "/v1/batch", "application/json", """
                {"items": [
                  {"endpoint": "/v1/eligibility", "request": {"asOf": "2026-13-01", "order": {"contracts": []}}},
                  {"endpoint": "/v1/nowhere", "request": {}},
                  {"endpoint": "/v1/cancellation", "request": {"asOf": "2019-11-30", "subject": "CONTRACT", "type": "GROUP",
                    "billingStartDate": "2019-10-01", "noticeReceivedDate": "2019-11-01"}}
                ]}
                """, null, 200).bodyAsString());
        assertEquals(List.of(400, 400, 422), statuses(answer));
    }

    @Test
    void aBatchOverTheItemBoundIs413() {
        String item = "{\"endpoint\": \"/v1/eligibility\", \"request\": {\"order\": {\"contracts\": []}}}";
        String items = String.join(", ", java.util.Collections.nCopies(MAX_BATCH_ITEMS + 1, item));
        drive(service, "POST", "/v1/batch", "application/json", "{\"items\": [" + items + "]}", null, 413);
    }

    // ---- tariff, health, metrics ----

    @Test
    void theTariffIsDescribed() {
        drive(service, "GET", "/v1/tariff", null, null, null, 200);
        drive(loading, "GET", "/v1/tariff", null, null, null, 503);
    }

    @Test
    void liveIs200() {
        drive(service, "GET", "/health/live", null, null, null, 200);
        drive(loading, "GET", "/health/live", null, null, null, 200);
    }

    @Test
    void readyIs200WithALoadedRuleBaseAnd503Before() {
        JsonNode ready = json(drive(service, "GET", "/health/ready", null, null, null, 200).bodyAsString());
        assertEquals(service.loaded().result().id(), ready.path("rulebase").asText());
        drive(loading, "GET", "/health/ready", null, null, null, 503);
    }

    @Test
    void metricsArePrometheusText() {
        String text = drive(service, "GET", "/metrics", null, null, null, 200).bodyAsString();
        assertTrue(text.contains("# TYPE "), "expected Prometheus text, got: " + text.substring(0, Math.min(200, text.length())));
    }

    // ---- admin ----

    static Stream<String[]> adminOperations() {
        return Stream.of(
                new String[] {"GET", "/admin/rulebase", "/admin/rulebase"},
                new String[] {"POST", "/admin/reload", "/admin/reload"},
                new String[] {"PUT", "/admin/decision-tables/{name}.xlsx", "/admin/decision-tables/conflicts.xlsx"},
                new String[] {"GET", "/admin/releases", "/admin/releases"},
                new String[] {"POST", "/admin/releases", "/admin/releases"},
                new String[] {"GET", "/admin/releases/{id}", "/admin/releases/0123456789ab"},
                new String[] {"GET", "/admin/releases/{id}/diff/{other}", "/admin/releases/0123456789ab/diff/0123456789ab"},
                new String[] {"POST", "/admin/releases/{id}/rollback", "/admin/releases/0123456789ab/rollback"},
                new String[] {"GET", "/admin/publications/{id}", "/admin/publications/x"},
                new String[] {"POST", "/admin/releases/fetch", "/admin/releases/fetch"});
    }

    @ParameterizedTest
    @MethodSource("adminOperations")
    void adminWithoutATokenIs401AndWithAWrongOneIs403(String method, String path, String actual) {
        drive(service, method, path, actual, XLSX, new byte[0], null, 401);
        drive(service, method, path, actual, XLSX, new byte[0], "not-the-token", 403);
    }

    @ParameterizedTest
    @MethodSource("adminOperations")
    void adminWithNoTokenConfiguredIsOff(String method, String path, String actual) {
        drive(loading, method, path, actual, XLSX, new byte[0], ADMIN_TOKEN, 404);
    }

    @Test
    void theLoadedRuleBaseIsShownToAdmins() {
        drive(service, "GET", "/admin/rulebase", null, null, ADMIN_TOKEN, 200);
    }

    @Test
    void aReloadIs202AndItsPublicationEndsActiveOrRefused() throws IOException {
        assertEquals("ACTIVE", publication(drive(service, "POST", "/admin/reload", null, null, ADMIN_TOKEN, 202)).path("status").asText());
        Path broken = project.resolve(RuleSources.RULES_DIR).resolve("broken.drl");
        Files.writeString(broken, "package kitei;\nrule \"unfinished\"\n");
        try {
            assertEquals("REFUSED", publication(drive(service, "POST", "/admin/reload", null, null, ADMIN_TOKEN, 202)).path("status").asText());
        } finally {
            Files.delete(broken);
        }
    }

    @Test
    void aFetchWithNoSharedRepositoryIs409() {
        drive(service, "POST", "/admin/releases/fetch", null, null, ADMIN_TOKEN, 409);
    }

    /** The publication a 202 names, polled (each poll checked against the description) until it ends. */
    private static JsonNode publication(HttpResponse<Buffer> accepted) {
        String location = accepted.getHeader("Location");
        assertTrue(location != null && location.startsWith("/admin/publications/"), "no Location: " + location);
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
        while (true) {
            JsonNode now = json(drive(service, "GET", "/admin/publications/{id}", location, null, null, ADMIN_TOKEN, 200).bodyAsString());
            String status = now.path("status").asText();
            if (status.equals("ACTIVE") || status.equals("REFUSED")) {
                return now;
            }
            assertTrue(System.nanoTime() < deadline, "the publication is still " + status);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void releasesAreListedShownDiffedPublishedAndRolledBack() throws IOException {
        JsonNode list = json(drive(service, "GET", "/admin/releases", null, null, ADMIN_TOKEN, 200).bodyAsString());
        String oldest = list.path("releases").path(list.path("releases").size() - 1).path("id").asText();
        String newest = list.path("releases").path(0).path("id").asText();
        drive(service, "GET", "/admin/releases/{id}", "/admin/releases/" + oldest, null, null, ADMIN_TOKEN, 200);
        drive(service, "GET", "/admin/releases/{id}", "/admin/releases/000000000000", null, null, ADMIN_TOKEN, 404);
        drive(service, "GET", "/admin/releases/{id}/diff/{other}", "/admin/releases/" + oldest + "/diff/" + newest, null, null, ADMIN_TOKEN, 200);
        drive(service, "GET", "/admin/releases/{id}/diff/{other}", "/admin/releases/" + oldest + "/diff/000000000000", null, null, ADMIN_TOKEN, 404);
        drive(service, "GET", "/admin/publications/{id}", "/admin/publications/unknown", null, null, ADMIN_TOKEN, 404);

        byte[] table = Files.readAllBytes(project.resolve(RuleSources.TABLES_DIR).resolve("conflicts.xlsx"));
        assertEquals("ACTIVE", publication(drive(service, "POST", "/admin/releases", "/admin/releases", MULTIPART,
                multipart("decision-tables/conflicts.xlsx", table), ADMIN_TOKEN, 202)).path("status").asText());
        drive(service, "POST", "/admin/releases", "/admin/releases", MULTIPART,
                multipart("rules/eligibility/verdict.drl", "rule".getBytes(StandardCharsets.UTF_8)), ADMIN_TOKEN, 400);

        assertEquals("ACTIVE", publication(drive(service, "POST", "/admin/releases/{id}/rollback", "/admin/releases/" + oldest + "/rollback",
                "application/json", "{\"note\": \"back\"}".getBytes(StandardCharsets.UTF_8), ADMIN_TOKEN, 202)).path("status").asText());
        drive(service, "POST", "/admin/releases/{id}/rollback", "/admin/releases/000000000000/rollback", null, null, ADMIN_TOKEN, 404);
    }

    private static final String MULTIPART = "multipart/form-data; boundary=kitei-boundary";

    private static byte[] multipart(String path, byte[] bytes) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--kitei-boundary\r\nContent-Disposition: form-data; name=\"" + path + "\"; filename=\"x.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--kitei-boundary\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nfrom the test\r\n"
                + "--kitei-boundary--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void anUploadedTableIsCheckedThenServed() throws IOException {
        String path = "/admin/decision-tables/{name}.xlsx";
        String actual = "/admin/decision-tables/conflicts.xlsx";
        byte[] table = Files.readAllBytes(project.resolve(RuleSources.TABLES_DIR).resolve("conflicts.xlsx"));
        assertEquals("ACTIVE", publication(drive(service, "PUT", path, actual, XLSX, table, ADMIN_TOKEN, 202)).path("status").asText());
        assertEquals("REFUSED", publication(drive(service, "PUT", path, actual, XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8),
                ADMIN_TOKEN, 202)).path("status").asText());
        drive(service, "PUT", path, "/admin/decision-tables/bad%20name.xlsx", XLSX, table, ADMIN_TOKEN, 400);
        drive(service, "PUT", path, actual, XLSX, new byte[kitei.release.ReleaseAdmin.MAX_WORKBOOK_BYTES + 1], ADMIN_TOKEN, 413);
    }

    // ---- HTTP as clients expect ----

    @Test
    void anUnknownPathIs404AProblemDocument() {
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            // "/" is the analysts' workbench (kitei.workbench), a page, not an API path.
            for (String path : List.of("/nothing", "/v1/nothing", "/health")) {
                HttpResponse<Buffer> response = call(service, method, path, null, (byte[]) null, null);
                assertEquals(404, response.statusCode(), method + " " + path);
                assertEquals(List.of(), description.violations("/components/schemas/NotFoundProblem", json(response.bodyAsString())));
            }
        }
    }

    @Test
    void anotherMethodOnADocumentedPathIs405WithAllowListingTheDocumentedMethods() {
        List<String> documentedPaths = new ArrayList<>();
        description.at("/paths").fieldNames().forEachRemaining(documentedPaths::add);
        for (String documentedPath : documentedPaths) {
            String path = documentedPath.replace("{name}", "conflicts");
            if (path.startsWith("/admin/")) {
                continue; // behind the admin token: a client without it learns nothing of the admin paths (401)
            }
            HttpResponse<Buffer> response = call(service, "DELETE", path, null, (byte[]) null, null);
            assertEquals(405, response.statusCode(), "DELETE " + path);
            List<String> documentedMethods = new ArrayList<>(description.at("/paths/" + OpenApiDescription.escape(documentedPath))
                    .properties().stream().map(entry -> entry.getKey().toUpperCase()).toList());
            if (documentedMethods.contains("GET")) {
                documentedMethods.add("HEAD");
            }
            assertEquals(new java.util.TreeSet<>(documentedMethods), new java.util.TreeSet<>(List.of(response.getHeader("Allow").split(", "))),
                    "Allow of " + path);
            JsonNode problem = json(response.bodyAsString());
            assertEquals(List.of(), description.violations("/components/schemas/Problem", problem));
            assertEquals("urn:kitei:problem:method-not-allowed", problem.path("type").asText());
        }
    }

    @Test
    void headOfEveryDocumentedGetAnswersAsGetWithoutABody() {
        for (OpenApiDescription.Documented documented : description.responses()) {
            if (documented.method().equals("GET") && documented.status().equals("200")) {
                HttpResponse<Buffer> get = call(service, "GET", documented.path(), null, (byte[]) null, ADMIN_TOKEN);
                HttpResponse<Buffer> head = call(service, "HEAD", documented.path(), null, (byte[]) null, ADMIN_TOKEN);
                assertEquals(get.statusCode(), head.statusCode(), "HEAD " + documented.path());
                assertEquals(get.getHeader("Content-Type"), head.getHeader("Content-Type"), "HEAD " + documented.path());
                assertTrue(head.body() == null || head.body().length() == 0, "HEAD " + documented.path() + " answered a body");
            }
        }
    }

    // ---- every documented operation is served, and every documented response driven ----

    @Test
    void everyDocumentedOperationIsServed() {
        List<String> notServed = description.responses().stream()
                .filter(documented -> !routeExists(documented.method(), documented.path()))
                .map(documented -> documented.method() + " " + documented.path()).distinct().toList();
        assertEquals(List.of(), notServed, "documented, not served");
    }

    /**
     * Drives every response itself, through the same methods the tests above use, so that it depends
     * on no other test having run before it.
     */
    @Test
    void everyDocumentedResponseIsDriven() throws IOException {
        driven.clear();
        driveEverything();
        Map<String, String> missing = new TreeMap<>();
        for (OpenApiDescription.Documented documented : description.responses()) {
            String key = documented.toString();
            if (!driven.contains(key) && !NOT_DRIVEN.containsKey(key)) {
                missing.put(key, "documented, never driven by a test");
            }
        }
        assertEquals(Map.of(), missing);
        for (String key : NOT_DRIVEN.keySet()) {
            assertFalse(driven.contains(key), key + " is driven now: take it off NOT_DRIVEN");
        }
    }

    private void driveEverything() throws IOException {
        theYamlIsServedAsWritten();
        theJsonIsTheYamlConverted();
        for (String path : decisionPaths().toList()) {
            everyDocumentedRequestIsAnsweredAsDocumented(path);
            malformedJsonIs400(path);
            wrongFieldsAre400(path);
            aBodyOverTheLimitIs413(path);
            anotherMediaTypeIs415(path);
            aDayBeforeTheLoadedTextIs422(path);
            withATokenConfiguredNoneIs401AndAWrongOneIs403(path);
            beforeTheRuleBaseIsLoadedADecisionIs503(path);
        }
        aBatchWithBadItemsAnswersEachInOrder();
        aBatchOverTheItemBoundIs413();
        theTariffIsDescribed();
        liveIs200();
        readyIs200WithALoadedRuleBaseAnd503Before();
        metricsArePrometheusText();
        for (String[] operation : adminOperations().toList()) {
            adminWithoutATokenIs401AndWithAWrongOneIs403(operation[0], operation[1], operation[2]);
            adminWithNoTokenConfiguredIsOff(operation[0], operation[1], operation[2]);
        }
        theLoadedRuleBaseIsShownToAdmins();
        aReloadIs202AndItsPublicationEndsActiveOrRefused();
        releasesAreListedShownDiffedPublishedAndRolledBack();
        aFetchWithNoSharedRepositoryIs409();
        anUploadedTableIsCheckedThenServed();
    }

    // ---- driving and checking ----

    private static HttpResponse<Buffer> drive(Service target, String method, String path, String contentType, String body,
                                              String token, int expected) {
        return drive(target, method, path, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                token, expected);
    }

    private static HttpResponse<Buffer> drive(Service target, String method, String path, String actual, String contentType,
                                              byte[] body, String token, int expected) {
        HttpResponse<Buffer> response = call(target, method, actual, contentType, body, token);
        check(method, path, response, expected);
        return response;
    }

    /** The answer's status is the one expected, documented for the operation, with a body its schema accepts. */
    private static void check(String method, String path, HttpResponse<Buffer> response, int expected) {
        String body = response.bodyAsString();
        assertEquals(expected, response.statusCode(), method + " " + path + " answered " + body);
        String where = description.response(method, path, response.statusCode()).orElseThrow(() -> new AssertionError(
                method + " " + path + " answered " + response.statusCode() + ", which the description does not document: " + body));
        String contentType = response.getHeader("Content-Type");
        assertTrue(contentType != null, method + " " + path + " answered without a Content-Type");
        String mediaType = contentType.split(";", 2)[0].trim();
        JsonNode content = description.at(where + "/content");
        assertTrue(content.has(mediaType), method + " " + path + " " + response.statusCode() + " answered " + mediaType
                + ", documented: " + content.properties().stream().map(Map.Entry::getKey).toList());
        if (mediaType.endsWith("json")) {
            String schema = where + "/content/" + OpenApiDescription.escape(mediaType) + "/schema";
            assertEquals(List.of(), description.violations(schema, json(body)),
                    method + " " + path + " " + response.statusCode() + " does not conform to the description: " + body);
        } else {
            assertFalse(body == null || body.isEmpty(), method + " " + path + " answered an empty " + mediaType);
        }
        driven.add(method + " " + path + " " + response.statusCode());
    }

    private static HttpResponse<Buffer> call(Service target, String method, String path, String contentType, String body, String token) {
        return call(target, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), token);
    }

    private static HttpResponse<Buffer> call(Service target, String method, String path, String contentType, byte[] body, String token) {
        HttpRequest<Buffer> request = client.request(HttpMethod.valueOf(method), target.port(), "127.0.0.1", path);
        if (contentType != null) {
            request.putHeader("Content-Type", contentType);
        }
        if (token != null) {
            request.putHeader("Authorization", "Bearer " + token);
        }
        return (body == null ? request.send() : request.sendBuffer(Buffer.buffer(body))).await();
    }

    /**
     * Whether the service routes the operation: asked with a body of the wrong media type and the
     * admin token, a route answers anything but the 404 of an unknown path or the 405 of another method.
     */
    private static boolean routeExists(String method, String path) {
        return routes.computeIfAbsent(method + " " + path, key -> {
            String actual = path.replace("{name}", "conflicts");
            HttpResponse<Buffer> response = method.equals("GET")
                    ? call(service, method, actual, null, (byte[]) null, ADMIN_TOKEN)
                    : call(service, method, actual, "text/plain", "probe", ADMIN_TOKEN);
            return response.statusCode() != 405 && !(response.statusCode() == 404 && response.bodyAsString().contains("no endpoint at"));
        });
    }

    private static JsonNode firstRequestExample(String path) {
        JsonNode examples = description.at(OpenApiDescription.operation("POST", path) + "/requestBody/content/application~1json/examples");
        return examples.elements().next().get("value");
    }

    private static List<Integer> statuses(JsonNode batchAnswer) {
        List<Integer> statuses = new ArrayList<>();
        batchAnswer.path("items").forEach(item -> statuses.add(item.path("status").asInt()));
        return statuses;
    }

    private static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (IOException e) {
            fail("not JSON: " + text);
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
