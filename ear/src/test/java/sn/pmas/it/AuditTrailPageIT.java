package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The auditor's *Piste d'audit* in a real headless Chromium: logged in as the auditor, the demo
 * year 2025 verified (sealed after the demo loaded), its chains listed, and the year's journal
 * file downloaded in the same session, one row per line the verification counted.
 */
class AuditTrailPageIT extends DeployedLedger {

    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        session = Browser.open(base);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void theAuditorVerifiesTheDemoYearAndDownloadsItsJournal() throws IOException, InterruptedException {
        browser.get(session.page("ui/audit-trail.xhtml"));
        session.logIn("auditor", "audit2025");
        wait.until(visibilityOfElementLocated(By.id("nav-audit-trail")));
        new Select(browser.findElement(By.id("year"))).selectByValue("2025");
        WebElement form = browser.findElement(By.id("audit-form"));
        browser.findElement(By.id("verify")).click();
        wait.until(Browser.left(form));
        wait.until(visibilityOfElementLocated(By.id("chain-state")));

        assertTrue(browser.getCurrentUrl().endsWith("/ui/audit-trail.xhtml?year=2025&verify=1"), browser.getCurrentUrl());
        assertEquals("Chaîne intacte", session.textOf("chain-state"));
        assertTrue(browser.findElements(By.id("first-break")).isEmpty());
        String bq = browser.findElement(By.cssSelector("#chain-BQ td:nth-child(2)")).getDomProperty("textContent").strip();
        assertEquals(bq, browser.findElement(By.cssSelector("#chain-BQ td:nth-child(3)")).getDomProperty("textContent").strip(),
                "the bank journal's entries are numbered 1..n");
        assertTrue(Long.parseLong(bq) > 10, "the demo year's bank entries: " + bq);
        assertEquals(session.textOf("total-debit"), session.textOf("total-credit"));
        long lines = Long.parseLong(session.textOf("lines-checked").replace(Browser.NBSP, "").replace("\u202F", ""));
        session.screenshot("audit-trail-2025.png");

        String href = browser.findElement(By.id("journal-link")).getDomProperty("href");
        assertTrue(href.endsWith("/pmas/api/audit/journal?year=2025"), href);
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        assertEquals("attachment; filename=\"journal-2025.csv\"", file.headers().firstValue("Content-Disposition").orElse(""));
        String text = new String(file.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFJournalCode;EntryNumber;EntryDate;"), text.substring(0, 60));
        assertEquals(lines + 1, text.lines().count(), "the header, then one row per line verified (no cell of the demo spans lines)");
    }
}
