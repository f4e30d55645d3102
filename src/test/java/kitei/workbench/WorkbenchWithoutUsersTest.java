package kitei.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kitei.TestRuleBase;
import kitei.engine.RuleSources;
import kitei.http.HttpConfig;
import kitei.http.Service;

/** Without a users file: everyone sees and tries as a viewer, nothing can be changed, and the page says how to add users. */
class WorkbenchWithoutUsersTest {

    private static Service service;
    private static final HttpClient HTTP = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    @BeforeAll
    static void start() {
        service = Service.start(new HttpConfig("127.0.0.1", 0, 4096, null), RuleSources.fromDirectory(Path.of(".")), TestRuleBase.TODAY)
                .await();
        service.loaded().await();
    }

    @AfterAll
    static void stop() {
        service.stop().await();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHomeServesAGuestAndSaysHowToAddUsers() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("You are a guest"), home.body());
        assertTrue(home.body().contains("kitei user add --users users.txt NAME --role publisher"), home.body());
        assertFalse(home.body().contains("href=\"/workbench/drafts\""), "no Change for a guest");
    }

    @Test
    void aGuestSeesTheTablesAndTheHistory() throws Exception {
        assertEquals(200, get("/workbench/tables/conflicts.xlsx").statusCode());
        assertEquals(200, get("/workbench/history").statusCode());
        assertEquals(200, get("/workbench/tariff").statusCode());
    }

    @Test
    void aGuestCannotChangeAnything() throws Exception {
        HttpResponse<String> drafts = get("/workbench/drafts");
        assertEquals(403, drafts.statusCode());
        assertTrue(drafts.body().contains("runs without a users file"), drafts.body());
    }

    @Test
    void theDownloadIsTheWorkbookServing() throws Exception {
        HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port()
                + "/workbench/tables/conflicts.xlsx/download")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("attachment; filename=\"conflicts.xlsx\"", download.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(Path.of("decision-tables/conflicts.xlsx")), download.body()));
    }
}
