package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The Catalogue des rapports and the Archives des envois in a headless Chromium, on the demo year
 * (January 2025 closed, their insurer tables archived at start-up).
 */
class ReportCataloguePageIT extends DeployedLedger {

    private Browser session;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        session = Browser.open(base);
        browser = session.driver();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theDirectorProducesAReportFromItsFormAndReadsWhyABadOneIsRefused() {
        browser.get(session.page("ui/report-catalogue.xhtml"));
        session.logIn("director", "direction2025");
        session.waiting().until(visibilityOfElementLocated(By.id("catalogue")));
        assertTrue(browser.findElement(By.id("nav-report-catalogue")).getDomAttribute("class").contains("current"));
        assertTrue(browser.findElements(By.cssSelector("#catalogue tr.catalogue-entry")).size() >= 18, "every report listed");
        assertEquals("Mensuelle", browser.findElement(By.cssSelector("#entry-monthly-arrears .periodicity")).getText());
        assertFalse(browser.findElement(By.id("trial-balance-period")).getDomProperty("value").isEmpty(), "opens on the latest month with entries");

        WebElement month = browser.findElement(By.id("monthly-arrears-month"));
        month.clear();
        month.sendKeys("2025-01");
        new Select(browser.findElement(By.id("monthly-arrears-insurer"))).selectByValue("ASKIA");
        new Select(browser.findElement(By.id("monthly-arrears-format"))).selectByValue("pdf");
        browser.findElement(By.id("produce-monthly-arrears")).click();
        WebElement link = session.waiting().until(visibilityOfElementLocated(By.id("download-monthly-arrears")));
        assertEquals("tableau-arrears-ASKIA-2025-01.pdf", link.getText());
        assertTrue(session.textOf("outcome-monthly-arrears").startsWith("Produit en "), session.textOf("outcome-monthly-arrears"));

        assertTrue(browser.findElements(By.id("send-bordereau")).isEmpty(), "a director reads, the accountant sends");
        WebElement bordereauMonth = browser.findElement(By.id("bordereau-month"));
        bordereauMonth.clear();
        bordereauMonth.sendKeys("2025-13");
        browser.findElement(By.id("produce-bordereau")).click();
        session.waiting().until(textToBePresentInElementLocated(By.id("outcome-bordereau"), "Refusé"));
        assertTrue(session.textOf("outcome-bordereau").endsWith("(champ month)"), session.textOf("outcome-bordereau"));
        session.screenshot("report-catalogue.png");
    }

    @Test
    void theAccountantReadsTheArchiveAndSendsAClosedMonthAgainWithoutChangingIt() {
        browser.get(session.page("ui/sent-reports.xhtml?recipient=ASKIA&month=2025-01"));
        session.logIn("accountant", "compta2025");
        session.waiting().until(visibilityOfElementLocated(By.id("documents")));
        assertTrue(browser.findElement(By.id("nav-sent-reports")).getDomAttribute("class").contains("current"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#documents tbody tr"));
        assertEquals(6, rows.size(), "three tables of January 2025, PDF and workbook, sent to ASKIA");
        assertTrue(rows.stream().allMatch(row -> row.findElement(By.className("recipient")).getText().equals("ASKIA")));
        assertTrue(rows.get(0).findElement(By.className("download")).getDomAttribute("href").matches(".*/api/reports/archive/\\d+"));

        new Select(browser.findElement(By.id("produce-month"))).selectByValue("2025-01");
        new Select(browser.findElement(By.id("produce-insurer"))).selectByValue("ASKIA");
        WebElement produce = browser.findElement(By.id("produce-form:produce"));
        produce.click();
        session.waiting().until(Browser.left(produce));
        assertEquals("Tableaux mensuels de 2025-01 pour ASKIA : 0 document(s) archivé(s), 6 déjà archivé(s).",
                session.textOf("messages"));
        assertEquals(6, browser.findElements(By.cssSelector("#documents tbody tr")).size() - countOtherRecipients());
        session.screenshot("sent-reports.png");
    }

    @Test
    void theAccountantSendsABordereauOnceFromTheCatalogue() {
        browser.get(session.page("ui/report-catalogue.xhtml"));
        session.logIn("accountant", "compta2025");
        session.waiting().until(visibilityOfElementLocated(By.id("catalogue")));
        assertTrue(browser.findElements(By.id("send-monthly-arrears")).isEmpty(), "the monthly tables go at the month's close");
        new Select(browser.findElement(By.id("bordereau-kind"))).selectByValue("claims");
        new Select(browser.findElement(By.id("bordereau-insurer"))).selectByValue("ASKIA");
        WebElement month = browser.findElement(By.id("bordereau-month"));
        month.clear();
        month.sendKeys("2025-02");
        browser.findElement(By.id("send-bordereau")).click();
        WebElement sent = session.waiting().until(visibilityOfElementLocated(By.id("sent-bordereau")));
        assertEquals("bordereau-claims-ASKIA-2025-02.pdf", sent.getText());
        assertTrue(session.textOf("outcome-bordereau").startsWith("Envoyé à ASKIA et archivé"), session.textOf("outcome-bordereau"));
        String archived = sent.getDomAttribute("href");
        assertTrue(archived.matches(".*/api/reports/archive/\\d+"), archived);

        browser.findElement(By.id("send-bordereau")).click();
        session.waiting().until(textToBePresentInElementLocated(By.id("outcome-bordereau"), "Déjà envoyé à ASKIA"));
        assertEquals(archived, browser.findElement(By.id("sent-bordereau")).getDomAttribute("href"), "the first copy stands");
        browser.get(session.page("ui/sent-reports.xhtml?recipient=ASKIA&month=2025-02"));
        session.waiting().until(visibilityOfElementLocated(By.id("documents")));
        assertTrue(browser.findElement(By.id("documents")).getText().contains("bordereau-claims-ASKIA-2025-02.pdf"));
    }

    /** After the action the page lists the month for every recipient: the rows not ASKIA's. */
    private int countOtherRecipients() {
        return (int) browser.findElements(By.cssSelector("#documents tbody tr .recipient")).stream()
                .filter(cell -> !cell.getText().equals("ASKIA")).count();
    }
}
