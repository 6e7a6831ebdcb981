package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The year-end wizard in a real headless Chromium, on the demo year 2025 (not closed: its checks
 * and the preview of its result are what a newcomer sees): every check listed, each failure with a
 * link to the page that fixes it, the result computed, the confirmation held back while a check fails.
 */
class YearEndPageIT extends DeployedLedger {

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
    void theAccountantReadsTheDemoYearsChecksAndResultBeforeClosing() {
        browser.get(session.page("ui/year-end.xhtml?year=2025"));
        session.logIn("accountant", "compta2025");
        wait.until(visibilityOfElementLocated(By.id("year-label")));
        assertEquals("Exercice 2025", session.textOf("year-label"));
        assertEquals("Exercice ouvert", session.textOf("year-state"));
        assertEquals("2025", new Select(browser.findElement(By.id("year"))).getFirstSelectedOption().getDomProperty("value"));
        assertTrue(browser.findElement(By.id("nav-year-end")).getDomProperty("className").contains("current"), "in the menu");

        List<WebElement> checks = browser.findElements(By.cssSelector("#checks tbody tr"));
        assertEquals(6, checks.size(), "every check listed");
        boolean anyFailed = false;
        for (WebElement check : checks) {
            String state = check.findElement(By.className("check-state")).getDomProperty("textContent").strip();
            List<WebElement> failures = check.findElements(By.className("failure"));
            if (state.equals("En échec")) {
                anyFailed = true;
                assertFalse(failures.isEmpty(), "a failed check says what failed");
                assertTrue(check.findElement(By.className("fix")).getDomProperty("href").contains("/pmas/ui/"), "and where to fix it");
            } else {
                assertEquals("Satisfait", state);
                assertTrue(failures.isEmpty());
            }
        }
        assertEquals(anyFailed, !browser.findElement(By.id("confirm-form:confirm")).isEnabled(),
                "the confirmation waits for every check");
        assertTrue(session.textOf("checks-summary").startsWith(anyFailed ? "" : "Tous"), session.textOf("checks-summary"));

        long products = francs(session.textOf("products"));
        long charges = francs(session.textOf("charges"));
        long other = francs(session.textOf("other-items"));
        assertEquals(products - charges + other, francs(session.textOf("result")), "result = products - charges + HAO");
        assertTrue(session.textOf("result-label").matches("(Excédent \\(compte 131\\)|Déficit \\(compte 139\\))"), session.textOf("result-label"));
        session.screenshot("year-end-2025.png");

        browser.get(session.page("ui/year-end.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("year-label")));
        assertTrue(session.textOf("year-label").matches("Exercice 20\\d\\d"), "opens on the latest year with postings");
    }

    private static long francs(String text) {
        return Long.parseLong(text.replace(Browser.NBSP, ""));
    }
}
