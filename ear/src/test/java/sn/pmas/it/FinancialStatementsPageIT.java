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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page États financiers in a real headless Chromium: the director reads the demo year 2025's
 * bilan, compte de résultat and TFT with their cross-checks, drills from the bank line to its
 * accounts and to an account's entries; the accountant publishes a numbered issue (year 2074,
 * this test's own) and finds it among the downloads.
 */
class FinancialStatementsPageIT extends DeployedLedger {

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
    void theDirectorReadsTheDemoYearsStatementsAndDrillsToAnAccountsEntries() {
        browser.get(session.page("ui/financial-statements.xhtml?year=2025"));
        session.logIn("director", "direction2025");
        wait.until(visibilityOfElementLocated(By.id("year-label")));
        assertTrue(session.textOf("year-label").startsWith("Exercice 2025"), session.textOf("year-label"));
        assertTrue(browser.findElement(By.id("nav-financial-statements")).getDomProperty("className").contains("current"), "in the menu");
        for (String check : List.of("balance", "result", "cash", "mapped")) {
            assertEquals("Satisfait", browser.findElement(By.cssSelector("#check-" + check + " .check-state")).getText(), check);
        }
        long assets = francs(amountOf("BILAN-BZ"));
        assertTrue(assets > 0, "the demo's balance sheet");
        assertEquals(assets, francs(amountOf("BILAN-DZ")), "assets = liabilities, on the page");
        assertEquals(francs(amountOf("CR-XE")), francs(amountOf("BILAN-CH")));
        assertFalse(browser.findElements(By.cssSelector("#statement-TFT tbody tr")).isEmpty());
        assertTrue(browser.findElements(By.id("publish-form:publish")).isEmpty(), "the director does not publish");

        browser.findElement(By.cssSelector("tr[id='BILAN-BW'] a.drill")).click();
        wait.until(visibilityOfElementLocated(By.id("line-accounts")));
        assertEquals("Comptes de la ligne BW", session.textOf("line-title"));
        WebElement bank = browser.findElement(By.id("account-5211"));
        assertTrue(bank.findElement(By.className("entries")).getDomProperty("href").contains("/api/accounts/5211/statement?from=2025-01-01"));
        session.screenshot("financial-statements-2025.png");

        browser.get(session.page("ui/financial-statements.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("year-label")));
        assertTrue(session.textOf("year-label").matches("Exercice 20\\d\\d .*"), "opens on the latest year with postings");
    }

    @Test
    void theAccountantPublishesANumberedIssue() {
        Api.as(base, Api.ACCOUNTANT).post("api/fiscal-years", "{\"year\":2074}");
        browser.get(session.page("ui/financial-statements.xhtml?year=2074"));
        session.logIn("accountant", "compta2025");
        wait.until(visibilityOfElementLocated(By.id("publish-form:publish")));
        int before = browser.findElements(By.cssSelector("#issues tr.issue")).size();
        WebElement form = browser.findElement(By.id("publish-form"));
        browser.findElement(By.id("publish-form:publish")).click();
        wait.until(Browser.left(form)); // the page before the post may hold a message list of its own
        wait.until(visibilityOfElementLocated(By.id("messages")));
        assertTrue(session.textOf("messages").contains("Édition n° " + (before + 1)) || session.textOf("messages").contains("Chiffres inchangés"),
                session.textOf("messages"));
        List<WebElement> issues = browser.findElements(By.cssSelector("#issues tr.issue"));
        assertTrue(issues.size() >= 1);
        assertTrue(issues.get(issues.size() - 1).findElement(By.className("issue-xlsx")).getDomProperty("href")
                .contains("/api/financial-statements/2074/issues/" + issues.size() + "?format=xlsx"));
    }

    private String amountOf(String rowId) {
        return browser.findElement(By.cssSelector("tr[id='" + rowId + "'] td:nth-child(3)")).getText();
    }

    private static long francs(String text) {
        return Long.parseLong(text.replace(Browser.NBSP, "").replace(" ", "").replace("\u202F", ""));
    }
}
