package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static sn.pmas.it.Entries.simple;

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
 * The accountant's trial balance page in a real headless Chromium: FORM login in French, the
 * month chosen in the select, figures formatted in francs, links to the BIRT documents. Works in
 * fiscal year 2033, which nothing else touches.
 */
class TrialBalancePageIT extends DeployedLedger {

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
    void stopBrowserAndCheckTheBooks() throws IOException {
        if (session != null) {
            session.close();
        }
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), 2033);
    }

    /** March 2033: a fund deposit of 2 345 678 F and a claim of 456 789 F, both through insurer ASKIA. */
    private void postMarchEntries() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Api.Reply year = accountant.post("api/fiscal-years", "{\"year\":2033}");
        assertEquals(201, year.status(), year::toString);
        Api.Reply deposit = accountant.post("api/entries", simple("BQ", "2033-03-07", "UI-DEP-1", "5211", "4581.ASKIA", "2345678"));
        assertEquals(201, deposit.status(), deposit::toString);
        Api.Reply claim = accountant.post("api/entries", simple("OP", "2033-03-21", "UI-CLAIM-1", "4581.ASKIA", "4011.HR-THIES", "456789"));
        assertEquals(201, claim.status(), claim::toString);
    }

    @Test
    void accountantLogsInChoosesMarchAndReadsTheTrialBalance() {
        postMarchEntries();

        browser.get(session.page(""));
        WebElement product = wait.until(visibilityOfElementLocated(By.id("product")));
        assertEquals("PMAS Ledger — Pool Micro Assurance Santé", normalized(product.getDomProperty("textContent")),
                "an anonymous visitor of the UI gets the login form");
        session.logIn("accountant", "compta2025");

        Select period = new Select(wait.until(visibilityOfElementLocated(By.id("period"))));
        assertEquals("accountant", browser.findElement(By.id("user-name")).getText());
        period.selectByVisibleText("mars 2033");
        WebElement shown = browser.findElement(By.id("trial-balance"));
        browser.findElement(By.id("show")).click();
        wait.until(Browser.left(shown));
        wait.until(textToBe(By.id("period-label"), "mars 2033"));

        assertTrue(browser.getCurrentUrl().endsWith("/ui/trial-balance.xhtml?period=2033-03"), browser.getCurrentUrl());
        assertEquals("2033-03", new Select(browser.findElement(By.id("period"))).getFirstSelectedOption().getDomProperty("value"));
        assertEquals("2" + Browser.NBSP + "802" + Browser.NBSP + "467", session.textOf("totals-debit"));
        assertEquals("2" + Browser.NBSP + "802" + Browser.NBSP + "467", session.textOf("totals-credit"));
        assertEquals("0", session.textOf("totals-opening"), "openings always sum to zero");
        assertEquals("0", session.textOf("totals-closing"));
        assertEquals("Balance équilibrée", session.textOf("balanced"));

        List<String> insurers = browser.findElements(By.cssSelector("#row-4581 td")).stream()
                .map(cell -> cell.getDomProperty("textContent").strip()).toList();
        assertEquals(6, insurers.size(), insurers::toString);
        assertEquals("4581", insurers.get(0));
        assertEquals("456" + Browser.NBSP + "789", insurers.get(3), "debit: the claim charged to ASKIA");
        assertEquals("2" + Browser.NBSP + "345" + Browser.NBSP + "678", insurers.get(4), "credit: ASKIA's deposit");
        long opening = francs(insurers.get(2));
        assertEquals(opening + 456_789 - 2_345_678, francs(insurers.get(5)), "closing = opening + debit - credit");

        assertTrue(browser.findElement(By.id("pdf-link")).getDomProperty("href")
                .endsWith("/pmas/api/reports/trial-balance?period=2033-03&format=pdf"));
        assertTrue(browser.findElement(By.id("xlsx-link")).getDomProperty("href")
                .endsWith("/pmas/api/reports/trial-balance?period=2033-03&format=xlsx"));
        session.screenshot("trial-balance-2033-03.png");

        browser.get(session.page("ui/trial-balance.xhtml?period=2099-01"));
        String notice = wait.until(visibilityOfElementLocated(By.id("unknown-period"))).getText();
        assertTrue(notice.startsWith("La période « 2099-01 » n'existe pas"), "a stale bookmark is said so: " + notice);

        browser.findElement(By.id("logout")).click();
        wait.until(visibilityOfElementLocated(By.id("j_username")));
        browser.get(session.page("ui/trial-balance.xhtml?period=2033-03"));
        wait.until(visibilityOfElementLocated(By.id("j_username")));
        assertTrue(browser.findElements(By.id("trial-balance")).isEmpty(), "after logout the balance needs a new login");
    }

    @Test
    void aWrongPasswordShowsTheFrenchErrorAndTheFormAgain() {
        browser.get(session.page(""));
        wait.until(visibilityOfElementLocated(By.id("j_username")));
        assertTrue(browser.findElements(By.id("login-error")).isEmpty(), "no error before a try");
        session.logIn("accountant", "not-the-password");

        WebElement error = wait.until(visibilityOfElementLocated(By.id("login-error")));
        assertEquals("Identifiant ou mot de passe incorrect.", error.getText());
        assertTrue(browser.findElement(By.id("j_password")).isDisplayed(), "the user can try again");
        session.screenshot("login-error.png");
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static long francs(String formatted) {
        return Long.parseLong(formatted.replace(Browser.NBSP, ""));
    }
}
