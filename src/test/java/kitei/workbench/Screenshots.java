package kitei.workbench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import kitei.check.Workbooks;

/**
 * Screenshots of the workbench's main pages, taken in Chromium on a temporary project, for the README:
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test "-Dexec.args=-cp %classpath kitei.workbench.Screenshots docs/screenshots"</pre>
 */
public final class Screenshots {

    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path out;

    public static void main(String[] args) throws Exception {
        out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "docs/screenshots"));
        try (WorkbenchProject project = WorkbenchProject.start()) {
            project.decide("/v1/cancellation", """
                    {"asOf": "2026-02-20", "subject": "OPTION", "type": "LOAD_BALANCING", "billingStartDate": "2026-03-01",
                     "noticeReceivedDate": "2026-02-20"}""");
            browser = Chromium.start(1280, 900);
            wait = new WebDriverWait(browser, Duration.ofSeconds(180));
            try {
                browser.get(project.url("/workbench/sign-in"));
                shoot("sign-in", 1280);
                browser.findElement(By.id("name")).sendKeys("pia");
                browser.findElement(By.id("password")).sendKeys(WorkbenchProject.PASSWORD);
                browser.findElement(By.cssSelector("main form button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header"), "Signed in as pia"));
                shoot("home", 1280);
                browser.get(project.url("/workbench/tables/conflicts.xlsx"));
                shoot("table", 1280);
                shoot("table-tablet", 768);
                browser.get(project.url("/workbench/try/eligibility"));
                browser.findElement(By.cssSelector("#try-form button[type=submit]")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verdict")));
                shoot("try", 1280);
                browser.findElement(By.partialLinkText("Conflicts row 14: ")).click();
                wait.until(ExpectedConditions.urlContains("#Conflicts-row-14"));
                shoot("trace-to-row", 1280, false);
                Path uploads = Files.createTempDirectory("kitei-screenshots-");
                byte[] conflicts = Files.readAllBytes(project.root.resolve("decision-tables/conflicts.xlsx"));
                upload(project, Files.write(Files.createDirectories(uploads.resolve("broken")).resolve("conflicts.xlsx"),
                        Workbooks.setCell(conflicts, "F15", "A14.9")));
                shoot("draft-refused", 1280);
                byte[] parameters = Files.readAllBytes(project.root.resolve("decision-tables/parameters.xlsx"));
                upload(project, Files.write(Files.createDirectories(uploads.resolve("fixed")).resolve("parameters.xlsx"),
                        withParameter(parameters, "OPTION_NOTICE_DAYS", 20)));
                shoot("draft-passed", 1280);
                browser.findElement(By.id("note")).sendKeys("option notice period of 20 days");
                browser.findElement(By.cssSelector("form.publish button[type=submit]")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-status"), "is serving"));
                browser.get(project.url("/workbench/history"));
                shoot("history", 1280);
                browser.get(project.url("/workbench/tariff"));
                shoot("tariff", 1280);
            } finally {
                browser.quit();
            }
        }
        System.out.println("screenshots written to " + out.toAbsolutePath());
    }

    private static void upload(WorkbenchProject project, Path workbook) {
        browser.get(project.url("/workbench/drafts"));
        browser.findElement(By.id("workbooks")).sendKeys(workbook.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decide")));
    }

    private static void shoot(String name, int width) throws Exception {
        shoot(name, width, true);
    }

    /** The whole page (up to 4000 px high) at this width, or only the window when {@code whole} is false. */
    private static void shoot(String name, int width, boolean whole) throws Exception {
        long height = whole ? Math.min(4000, (Long) ((JavascriptExecutor) browser)
                .executeScript("return Math.max(document.body.scrollHeight, 700)")) : 900;
        browser.manage().window().setSize(new Dimension(width, (int) height + 90));
        Files.write(out.resolve("workbench-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static byte[] withParameter(byte[] workbook, String name, double value) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Row row : book.getSheet("Parameters")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
                        row.getCell(cell.getColumnIndex() + 1).setCellValue(value);
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        book.write(bytes);
                        return bytes.toByteArray();
                    }
                }
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }
}
