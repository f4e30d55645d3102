package kitei.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kitei.StagedRevision;

/** A workbook uploaded with a day is published as a dated version; the tables and tariff pages show each version. */
class WorkbenchVersionsTest {

    private static final String BOUNDARY = "----kitei-versions-test";
    private static WorkbenchProject project;

    @BeforeAll
    static void start() throws IOException {
        project = WorkbenchProject.start();
    }

    @AfterAll
    static void stop() throws IOException {
        project.close();
    }

    @Test
    void aWorkbookUploadedWithADayIsPublishedAsThatDaysVersionAndShownPerVersion() throws Exception {
        HttpClient pia = signedIn("pia");
        byte[] parameters = StagedRevision.withParameter(Files.readAllBytes(project.root.resolve("decision-tables/parameters.xlsx")), "OPTION_NOTICE_DAYS", 20);

        HttpResponse<String> notADay = upload(pia, "2027-02-30", parameters);
        assertEquals(400, notADay.statusCode(), notADay.body());
        assertTrue(notADay.body().contains("In force from: &#39;2027-02-30&#39; is not a day"), notADay.body());

        HttpResponse<String> uploaded = upload(pia, "2027-04-01", parameters);
        assertEquals(303, uploaded.statusCode(), uploaded.body());
        String draft = uploaded.headers().firstValue("Location").orElseThrow();
        String page = until(pia, draft, "Gate: <strong class=\"ok\">passed</strong>");
        assertTrue(page.contains("decision-tables/from-2027-04-01/parameters.xlsx"), page);
        assertTrue(page.contains("In force from 2027-04-01 (decision-tables/from-2027-04-01/)"), page);

        int before = project.releases();
        HttpResponse<String> published = project.post(pia, draft + "/publish", "csrf", WorkbenchProject.token(project.get(pia, draft)), "note", "notice of options from April");
        assertEquals(303, published.statusCode(), published.body());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (project.releases() == before && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(before + 1, project.releases(), "published");
        until(pia, "/workbench/tables", "in force from 2027-04-01");

        String base = project.get(pia, "/workbench/tables").body();
        assertTrue(base.contains("<option value=\"2027-04-01\">in force from 2027-04-01</option>"), base);
        assertTrue(!base.contains("(<code>decision-tables/from-2027-04-01/parameters.xlsx</code>)"), "the base lists its own workbooks: " + base);
        String dated = project.get(pia, "/workbench/tables?version=2027-04-01").body();
        assertTrue(dated.contains("<option value=\"2027-04-01\" selected>"), dated);
        assertTrue(dated.contains("<a href=\"/workbench/tables/parameters.xlsx?version=2027-04-01\">parameters.xlsx</a> (<code>decision-tables/from-2027-04-01/parameters.xlsx</code>)"), dated);
        HttpResponse<String> workbook = project.get(pia, "/workbench/tables/parameters.xlsx?version=2027-04-01");
        assertEquals(200, workbook.statusCode(), workbook.body());
        assertTrue(workbook.body().contains("the tables in force from 2027-04-01"), workbook.body());
        HttpResponse<String> tariff = project.get(pia, "/workbench/tariff?version=2027-04-01");
        assertEquals(200, tariff.statusCode(), tariff.body());
        assertTrue(tariff.body().contains("Rows of the tables in force from 2027-04-01."), tariff.body());
        assertEquals(404, project.get(pia, "/workbench/tables?version=2030-01-01").statusCode());
    }

    private static String until(HttpClient client, String path, String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = project.get(client, path).body();
            if (body.contains(text)) {
                return body;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no '" + text + "' on " + path + ": " + body);
    }

    private static HttpResponse<String> upload(HttpClient client, String day, byte[] workbook) throws Exception {
        String token = WorkbenchProject.token(project.get(client, "/workbench/drafts"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String fields = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"inForceFrom\"\r\n\r\n" + day + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"workbooks\"; filename=\"parameters.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
        body.write(fields.getBytes(StandardCharsets.UTF_8));
        body.write(workbook);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(project.url("/workbench/drafts")))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient signedIn(String name) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = project.post(client, "/workbench/sign-in", "csrf", WorkbenchProject.token(project.get(client, "/workbench/sign-in")), "name", name,
                "password", WorkbenchProject.PASSWORD, "next", "/workbench/drafts");
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return client;
    }
}
