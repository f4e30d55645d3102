package kitei.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workbench's answers over plain HTTP: statuses, headers, cookies, and what is refused. */
class WorkbenchHttpTest {

    private static WorkbenchProject project;

    @BeforeAll
    static void start() throws IOException {
        project = WorkbenchProject.start();
    }

    @AfterAll
    static void stop() throws IOException {
        project.close();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private static HttpClient signedIn(String name) throws IOException, InterruptedException {
        HttpClient client = client();
        String token = WorkbenchProject.token(project.get(client, "/workbench/sign-in"));
        HttpResponse<String> signedIn = project.post(client, "/workbench/sign-in", "csrf", token, "name", name, "password", WorkbenchProject.PASSWORD,
                "next", "/workbench/history");
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        assertEquals("/workbench/history", signedIn.headers().firstValue("Location").orElseThrow());
        return client;
    }

    @Test
    void theHomeIsAPageWithAStrictContentSecurityPolicyAndNoSessionUntilAFormNeedsOne() throws Exception {
        HttpResponse<String> home = project.get(client(), "/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElseThrow().startsWith("default-src 'none'; script-src 'self'"));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(home.headers().firstValue("Set-Cookie").isEmpty(), "a visit costs no session");
        String cookie = project.get(client(), "/workbench/sign-in").headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("kitei-session=") && cookie.contains("HTTPOnly") && cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void htmxIsServedFromTheJar() throws Exception {
        HttpResponse<String> htmx = project.get(client(), "/workbench/assets/htmx.min.js");
        assertEquals(200, htmx.statusCode());
        assertTrue(htmx.body().contains("htmx"), "the script itself");
        assertEquals(java.net.http.HttpClient.Version.HTTP_1_1, htmx.version(),
                "Java's client asks for h2c; the service answers in HTTP/1.1, whose large answers it frames right");
        assertEquals(404, project.get(client(), "/workbench/assets/other.js").statusCode());
    }

    @Test
    void aPageAsksSomeoneNotSignedInToSignIn() throws Exception {
        HttpResponse<String> tables = project.get(client(), "/workbench/tables");
        assertEquals(303, tables.statusCode());
        assertEquals("/workbench/sign-in?next=%2Fworkbench%2Ftables", tables.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aWrongPasswordIs401WithTheFormAgain() throws Exception {
        HttpClient client = client();
        String token = WorkbenchProject.token(project.get(client, "/workbench/sign-in"));
        HttpResponse<String> refused = project.post(client, "/workbench/sign-in", "csrf", token, "name", "pia", "password", "nope");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("The name or the password is not right"));
        assertEquals(303, project.get(client, "/workbench/history").statusCode(), "still not signed in");
    }

    @Test
    void fiveWrongPasswordsHoldTheNameBackWith429() throws Exception {
        HttpClient client = client();
        String token = WorkbenchProject.token(project.get(client, "/workbench/sign-in"));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, project.post(client, "/workbench/sign-in", "csrf", token, "name", "guessed-name", "password", "try" + i).statusCode());
        }
        HttpResponse<String> held = project.post(client, "/workbench/sign-in", "csrf", token, "name", "guessed-name", "password", "try5");
        assertEquals(429, held.statusCode());
        assertTrue(held.body().contains("Too many wrong passwords for this name: try again in 15 minute(s)"), held.body());
    }

    @Test
    void signInWithoutTheTokenIsRefused() throws Exception {
        HttpClient client = client();
        project.get(client, "/workbench/sign-in");
        HttpResponse<String> refused = project.post(client, "/workbench/sign-in", "name", "pia", "password", WorkbenchProject.PASSWORD);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("This form cannot be accepted"));
    }

    @Test
    void aForgedRollbackIsRefusedAndChangesNothing() throws Exception {
        HttpClient publisher = signedIn("pia");
        String seed = project.service.releases().serving().orElseThrow().id();
        int before = project.releases();
        HttpResponse<String> forged = project.post(publisher, "/workbench/history/" + seed + "/rollback", "note", "forged");
        assertEquals(403, forged.statusCode());
        HttpResponse<String> wrongToken = project.post(publisher, "/workbench/history/" + seed + "/rollback", "csrf", "guessed", "note", "forged");
        assertEquals(403, wrongToken.statusCode());
        assertEquals(before, project.releases());
    }

    @Test
    void aViewerCannotRollBackEvenWithTheirToken() throws Exception {
        HttpClient viewer = signedIn("vic");
        String token = WorkbenchProject.token(project.get(viewer, "/workbench/history"));
        String seed = project.service.releases().serving().orElseThrow().id();
        int before = project.releases();
        HttpResponse<String> refused = project.post(viewer, "/workbench/history/" + seed + "/rollback", "csrf", token, "note", "viewer");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("This needs the publisher role; you are signed in as viewer"), refused.body());
        assertEquals(before, project.releases());
        assertEquals(403, project.get(viewer, "/workbench/drafts").statusCode(), "nor draft");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        HttpClient editor = signedIn("eda");
        assertEquals(200, project.get(editor, "/workbench/drafts").statusCode());
        String token = WorkbenchProject.token(project.get(editor, "/workbench/drafts"));
        HttpResponse<String> out = project.post(editor, "/workbench/sign-out", "csrf", token);
        assertEquals(303, out.statusCode());
        assertEquals("/workbench/signed-out", out.headers().firstValue("Location").orElseThrow());
        assertTrue(project.get(editor, "/workbench/signed-out").body().contains("You are signed out"));
        assertEquals(303, project.get(editor, "/workbench/drafts").statusCode());
    }

    @Test
    void aTriedDecisionIsReadAsAPersonReadsItAndABadOneNamesTheField() throws Exception {
        HttpClient viewer = signedIn("vic");
        String token = WorkbenchProject.token(project.get(viewer, "/workbench/try/cancellation"));
        HttpResponse<String> answer = project.post(viewer, "/workbench/try/cancellation", "csrf", token, "request", """
                {"asOf": "2026-02-20", "subject": "OPTION", "type": "LOAD_BALANCING", "billingStartDate": "2026-03-01",
                 "noticeReceivedDate": "2026-02-20"}""");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("<dt>effective date</dt><dd>2026-03-22</dd>"), answer.body());
        HttpResponse<String> bad = project.post(viewer, "/workbench/try/cancellation", "csrf", token, "request", "{\"asOf\": \"<b>x</b>\"}");
        assertTrue(bad.body().contains("class=\"error-summary\""), bad.body());
        assertTrue(bad.body().contains("/asOf"), "names the field: " + bad.body());
        assertTrue(!bad.body().contains("<b>x</b>") && bad.body().contains("&lt;b&gt;x&lt;/b&gt;"), "what was sent is escaped");
    }

    @Test
    void theFieldsAreWrittenIntoTheJsonAndDecidedAndAWrongAmountIsNamed() throws Exception {
        HttpClient viewer = signedIn("vic");
        HttpResponse<String> form = project.get(viewer, "/workbench/try/cancellation");
        assertTrue(form.body().contains("<select id=\"field-reason\" name=\"field-reason\""), form.body());
        assertTrue(form.body().contains("<option value=\"GENERAL_REGULATIONS_28_2\""), "choices from the OpenAPI enum: " + form.body());
        String token = WorkbenchProject.token(form);
        String request = """
                {"asOf": "2026-01-01", "subject": "CONTRACT", "type": "CLIENT", "billingStartDate": "2026-03-01",
                 "noticeReceivedDate": "2026-01-01"}""";
        HttpResponse<String> answer = project.post(viewer, "/workbench/try/cancellation", "csrf", token, "view", "fields", "request", request,
                "field-asOf", "2026-02-20", "field-subject", "OPTION", "field-type", "LOAD_BALANCING", "field-noticeReceivedDate", "2026-02-20",
                "field-monthlyFee", "", "field-reason", "");
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<dt>effective date</dt><dd>2026-03-22</dd>"), answer.body());
        assertTrue(answer.body().contains("&quot;type&quot; : &quot;LOAD_BALANCING&quot;"), "the JSON view shows what the fields made: " + answer.body());
        assertTrue(answer.body().contains("<option value=\"OPTION\" selected>"), answer.body());
        HttpResponse<String> wrong = project.post(viewer, "/workbench/try/cancellation", "csrf", token, "view", "fields", "request", request,
                "field-monthlyFee", "ten thousand");
        assertTrue(wrong.body().contains("/monthlyFee"), "names the field: " + wrong.body());
        HttpResponse<String> notJson = project.post(viewer, "/workbench/try/cancellation", "csrf", token, "view", "fields", "request", "[1, 2",
                "field-monthlyFee", "1");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("is not a JSON object, so the fields cannot be written"), notJson.body());
    }

    @Test
    void aClausePageShowsItsJapaneseTextAndItsEnglishReading() throws Exception {
        HttpClient viewer = signedIn("vic");
        HttpResponse<String> tariff = project.get(viewer, "/workbench/tariff");
        assertTrue(tariff.body().contains("<a href=\"/workbench/tariff/A5.3\">A5.3</a>"), tariff.body());
        HttpResponse<String> clause = project.get(viewer, "/workbench/tariff/A5.3");
        assertEquals(200, clause.statusCode(), clause.body());
        assertTrue(clause.body().contains("<blockquote class=\"tariff-text\" lang=\"ja\" cite=\"#source\">3 品目をタイプ D とする"), clause.body());
        assertTrue(clause.body().contains("VPDN TYPE_D requires the customer to hold Mobile Type D"), clause.body());
        assertTrue(clause.body().contains("decision-tables/vpdn-prerequisites.xlsx"), "the rows that encode it: " + clause.body());
        HttpResponse<String> none = project.get(viewer, "/workbench/tariff/A99");
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("The tariff has no clause A99"), none.body());
    }

    @Test
    void aLoggedDecisionOpensByItsId() throws Exception {
        String answer = project.decide("/v1/cancellation", """
                {"asOf": "2026-02-20", "subject": "OPTION", "type": "LOAD_BALANCING", "billingStartDate": "2026-03-01",
                 "noticeReceivedDate": "2026-02-20"}""");
        String id = kitei.decision.Json.MAPPER.readTree(answer).path("decisionId").asText();
        HttpClient viewer = signedIn("vic");
        HttpResponse<String> found = project.get(viewer, "/workbench/decisions?id=" + id);
        assertEquals(303, found.statusCode());
        HttpResponse<String> page = project.get(viewer, found.headers().firstValue("Location").orElseThrow());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("As it was answered") && page.body().contains("2026-03-22"), page.body());
        assertTrue(page.body().contains("href=\"/workbench/rules/"), "decided again, with its trace linking to the rules");
        assertEquals(404, project.get(viewer, "/workbench/decisions/00000000-0000-0000-0000-000000000000").statusCode());
    }

    @Test
    void theApiKeepsAnsweringProblemDocumentsBesideThePages() throws Exception {
        HttpResponse<String> unknown = project.get(client(), "/v1/nothing-here");
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElseThrow());
    }
}
