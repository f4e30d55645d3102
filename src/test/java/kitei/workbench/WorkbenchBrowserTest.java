package kitei.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import kitei.StagedRevision;
import kitei.check.Workbooks;

/**
 * The workbench in a real Chromium, one analyst's day in order: sign in, read a table, try a decision
 * and follow its trace to the row, upload an edit the gate refuses and see the cell marked, fix it,
 * read its scenarios, impact and diff, publish it and see a decision change, roll back; a viewer
 * cannot publish and a forged form is refused, and neither changes anything.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTest {

    private static final String CANCELLATION = """
            {"asOf": "2026-02-20", "subject": "OPTION", "type": "LOAD_BALANCING", "billingStartDate": "2026-03-01",
             "noticeReceivedDate": "2026-02-20"}""";

    private static WorkbenchProject project;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path uploads;
    private static String fixedDraft;
    private static int releasesBefore;

    @BeforeAll
    static void start() throws Exception {
        Chromium.requireInstalled();
        project = WorkbenchProject.start();
        browser = Chromium.start(1280, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(180));
        uploads = Files.createTempDirectory("kitei-workbench-uploads-");
        // Decisions asked through the API, so that the decision log has something to replay a draft on.
        project.decide("/v1/cancellation", CANCELLATION);
        project.decide("/v1/cancellation", CANCELLATION.replace("\"noticeReceivedDate\": \"2026-02-20\"", "\"noticeReceivedDate\": \"2026-02-25\""));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (project != null) {
            project.close();
        }
    }

    @Test
    @Order(1)
    void signsIn() {
        browser.get(project.url("/"));
        assertTrue(text().contains("Sign in"), text());
        browser.get(project.url("/workbench/tables"));
        assertTrue(browser.getCurrentUrl().contains("/workbench/sign-in"), "a page asks for sign-in first: " + browser.getCurrentUrl());
        browser.findElement(By.id("name")).sendKeys("pia");
        browser.findElement(By.id("password")).sendKeys("not the password");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertTrue(text().contains("The name or the password is not right"), text());
        browser.findElement(By.id("name")).clear();
        browser.findElement(By.id("name")).sendKeys("pia");
        browser.findElement(By.id("password")).sendKeys(WorkbenchProject.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header"), "Signed in as pia"));
        assertTrue(browser.getCurrentUrl().endsWith("/workbench/tables"), "back where sign-in was asked: " + browser.getCurrentUrl());
        assertTrue(text().contains("Signed in as pia (publisher)"), text());
    }

    @Test
    @Order(2)
    void opensATableAsTheAnalystKnowsIt() {
        browser.findElement(By.linkText("conflicts.xlsx")).click();
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("Conflicts-row-14")));
        assertTrue(row.getText().contains("A6"), "the row cites its clause: " + row.getText());
        String labels = browser.findElement(By.cssSelector("table.rules thead")).getText();
        assertFalse(labels.contains("CONDITION"), "no Drools header machinery: " + labels);
        assertFalse(text().contains("RuleTable"), "no Drools header machinery");
        assertTrue(row.findElement(By.linkText("A6")).getAttribute("href").endsWith("/workbench/tariff#clause-A6"));
        assertTrue(browser.findElement(By.partialLinkText("Download the workbook")).getAttribute("href").endsWith("/workbench/tables/conflicts.xlsx/download"));
    }

    @Test
    @Order(3)
    void triesADecisionAndFollowsATraceEntryToItsHighlightedRow() {
        browser.get(project.url("/workbench/try/eligibility"));
        browser.findElement(By.cssSelector("#try-form button[type=submit]")).click();
        WebElement verdict = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
        assertEquals("INELIGIBLE", verdict.getText());
        assertTrue(text().contains("PROXY_GROUP_EXCLUSIVE"), text());
        assertTrue(text().contains("What to do: keep either PROXY or GROUP"), text());
        browser.findElement(By.partialLinkText("Conflicts row 14: ")).click();
        wait.until(ExpectedConditions.urlContains("#Conflicts-row-14"));
        Object target = ((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id");
        assertEquals("Conflicts-row-14", target);
        String background = browser.findElement(By.cssSelector("#Conflicts-row-14 td")).getCssValue("background-color");
        assertEquals("rgba(255, 242, 168, 1)", background, "the row the trace names is highlighted");
    }

    @Test
    @Order(3)
    void triesADecisionAsFieldsWithTheKeyboard() {
        browser.get(project.url("/workbench/try/cancellation"));
        WebElement subject = browser.findElement(By.id("field-subject"));
        subject.sendKeys("OPTION");
        new Select(browser.findElement(By.id("field-type"))).selectByVisibleText("LOAD_BALANCING");
        WebElement asOf = browser.findElement(By.id("field-asOf"));
        asOf.clear();
        asOf.sendKeys("2026-02-20");
        WebElement notice = browser.findElement(By.id("field-noticeReceivedDate"));
        notice.clear();
        notice.sendKeys("2026-02-20", Keys.ENTER);
        WebElement effective = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//dt[.='effective date']/following-sibling::dd[1]")));
        assertEquals("2026-03-22", effective.getText());
        String json = browser.findElement(By.id("request")).getAttribute("value");
        assertTrue(json.contains("\"subject\" : \"OPTION\"") && json.contains("\"type\" : \"LOAD_BALANCING\""), "the fields are in the JSON: " + json);
        assertEquals("OPTION", new Select(browser.findElement(By.id("field-subject"))).getFirstSelectedOption().getText());
    }

    @Test
    @Order(4)
    void marksTheCellOfAnEditTheGateRefuses() throws Exception {
        releasesBefore = project.releases();
        byte[] conflicts = Files.readAllBytes(project.root.resolve("decision-tables/conflicts.xlsx"));
        Path broken = write("broken", "conflicts.xlsx", Workbooks.setCell(conflicts, "F15", "A14.9"));
        upload(broken);
        WebElement cell = browser.findElement(By.id("cell-decision-tables-conflicts-xlsx-Conflicts-F15"));
        assertEquals("A14.9", cell.getText());
        assertTrue(cell.getAttribute("class").contains("problem"));
        String beside = cell.findElement(By.xpath("./ancestor::tr/following-sibling::tr[1]/td[contains(@class,'message')]")).getText();
        assertTrue(beside.contains("'A14.9' is not a clause id of the tariff"), beside);
        WebElement summary = browser.findElement(By.id("error-summary"));
        summary.findElement(By.partialLinkText("Conflicts!F15")).click();
        assertEquals("cell-decision-tables-conflicts-xlsx-Conflicts-F15",
                ((JavascriptExecutor) browser).executeScript("return document.querySelector(':target').id"));
        assertTrue(browser.findElements(By.cssSelector("form.publish")).isEmpty(), "a refused draft cannot be published");
        assertEquals(releasesBefore, project.releases());
    }

    @Test
    @Order(5)
    void showsScenariosImpactAndDiffOfTheFixedEdit() throws Exception {
        byte[] parameters = Files.readAllBytes(project.root.resolve("decision-tables/parameters.xlsx"));
        Path fixed = write("fixed", "parameters.xlsx", StagedRevision.withParameter(parameters, "OPTION_NOTICE_DAYS", 20));
        long started = System.nanoTime();
        upload(fixed);
        long checked = System.nanoTime();
        fixedDraft = browser.getCurrentUrl();
        assertTrue(text().contains("Gate: passed"), text());
        assertTrue(browser.findElement(By.id("scenarios")).getText().matches("Scenarios: \\d+ of \\d+ pass"),
                browser.findElement(By.id("scenarios")).getText());
        String impact = browser.findElement(By.xpath("//h2[@id='impact']/following-sibling::p[1]")).getText();
        assertTrue(impact.contains("2 logged decision(s) replayed") && impact.contains("would be answered differently"), impact);
        assertFalse(impact.contains(": 0 would"), impact);
        String diff = browser.findElement(By.cssSelector("section.diff")).getText();
        assertTrue(diff.contains("OPTION_NOTICE_DAYS") && diff.contains("30") && diff.contains("20"), diff);
        System.out.printf("workbench: edit uploaded → draft checked (gate, scenarios, replay) in %d ms%n",
                Duration.ofNanos(checked - started).toMillis());
        timeToCheck = checked - started;
    }

    private static long timeToCheck;

    @Test
    @Order(6)
    void aViewerCannotPublish() {
        signOut();
        signIn("vic");
        assertTrue(browser.findElements(By.linkText("Change")).isEmpty(), "a viewer is not offered Change");
        browser.get(fixedDraft);
        assertTrue(text().contains("This needs the editor role; you are signed in as viewer"), text());
        // A publish form with the viewer's own, valid token: refused by role, not by the token.
        post(fixedDraft + "/publish", "note", "viewer tries");
        wait.until(ExpectedConditions.titleContains("Your role cannot do this"));
        assertTrue(text().contains("This needs the publisher role"), text());
        assertEquals(releasesBefore, project.releases(), "nothing was published");
        signOut();
    }

    @Test
    @Order(7)
    void refusesAForgedFormWithoutItsToken() {
        signIn("pia");
        browser.get(fixedDraft);
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                const note = document.createElement('input');
                note.name = 'note'; note.value = 'forged';
                form.appendChild(note);
                document.body.appendChild(form);
                form.submit();""", fixedDraft + "/publish");
        wait.until(ExpectedConditions.titleContains("This form cannot be accepted"));
        assertEquals(releasesBefore, project.releases(), "nothing was published");
    }

    @Test
    @Order(8)
    void publishesWithANoteAndADecisionChanges() {
        long started = System.nanoTime();
        browser.get(fixedDraft);
        browser.findElement(By.id("note")).sendKeys("option notice period of 20 days, per the 2027 revision");
        browser.findElement(By.cssSelector("form.publish button[type=submit]")).click();
        awaitLive();
        long live = System.nanoTime();
        System.out.printf("workbench: the whole loop, edit uploaded → live, %d ms (checking %d ms, publish → live %d ms)%n",
                Duration.ofNanos(timeToCheck + live - started).toMillis(), Duration.ofNanos(timeToCheck).toMillis(),
                Duration.ofNanos(live - started).toMillis());
        assertEquals(releasesBefore + 1, project.releases());
        assertEquals("2026-03-12", effectiveDate(), "the option's notice of 20 days now decides the date");
        browser.get(project.url("/workbench/history"));
        String newest = browser.findElement(By.cssSelector("table.history tbody tr")).getText();
        assertTrue(newest.contains("pia") && newest.contains("option notice period of 20 days") && newest.contains("serving"), newest);
    }

    @Test
    @Order(9)
    void rollsBack() {
        browser.get(project.url("/workbench/history"));
        List<WebElement> rows = browser.findElements(By.cssSelector("table.history tbody tr"));
        WebElement seed = rows.get(rows.size() - 1);
        seed.findElement(By.name("note")).sendKeys("back to 30 days");
        seed.findElement(By.cssSelector("button[type=submit]")).click();
        awaitLive();
        assertEquals(releasesBefore + 2, project.releases());
        assertEquals("2026-03-22", effectiveDate(), "the option's notice of 30 days decides the date again");
        assertEquals("pia", project.service.releases().serving().orElseThrow().author());
    }

    private static String effectiveDate() {
        browser.get(project.url("/workbench/try/cancellation?example=option"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#try-form button"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answer-title")));
        return browser.findElement(By.xpath("//dt[text()='effective date']/following-sibling::dd[1]")).getText();
    }

    private static void awaitLive() {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-status"), "is serving"));
    }

    private static void upload(Path workbook) {
        browser.get(project.url("/workbench/drafts"));
        browser.findElement(By.id("workbooks")).sendKeys(workbook.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decide")));
    }

    private static void signIn(String name) {
        browser.get(project.url("/workbench/sign-in"));
        browser.findElement(By.id("name")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys(WorkbenchProject.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header"), "Signed in as " + name));
    }

    private static void signOut() {
        browser.findElement(By.cssSelector("form.who button")).click();
        wait.until(ExpectedConditions.titleContains("Signed out"));
    }

    /** Posts a form with the session's own CSRF token (read from the page's sign-out form). */
    private static void post(String action, String field, String value) {
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                for (const [name, value] of [[arguments[1], arguments[2]], ['csrf', document.querySelector('input[name=csrf]').value]]) {
                  const input = document.createElement('input');
                  input.name = name; input.value = value;
                  form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", action, field, value);
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static Path write(String folder, String name, byte[] bytes) throws IOException {
        Path file = Files.createDirectories(uploads.resolve(folder)).resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
