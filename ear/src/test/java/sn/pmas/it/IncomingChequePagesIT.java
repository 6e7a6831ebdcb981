package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages of incoming cheques and of the bank position in a real headless Chromium: the accountant
 * ticks a received cheque and deposits it on a slip; the position page opens on the demo's latest
 * day of the principals' account, draws the projection and lists the journal.
 */
class IncomingChequePagesIT extends DeployedLedger {

    private static final int YEAR = 2058;

    private Api accountant;
    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, YEAR, "ICUI-INS", "INSURER", Events.insurerAgreement(YEAR + "-01-01", 5_000_000, 0));
        session = Browser.open(base);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void stop() throws IOException {
        if (session != null) {
            session.close();
        }
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void theAccountantDepositsAReceivedChequeThenReadsTheBankPosition() {
        Api.Reply received = accountant.post("api/incoming-cheques", "{\"drawer\":\"Assureur UI\",\"drawerBank\":\"BHS\",\"number\":\"880011\","
                + "\"amount\":640000,\"receivedOn\":\"" + YEAR + "-04-02\",\"principal\":\"ICUI-INS\"}");
        assertEquals(201, received.status(), received::toString);
        String reference = received.json().getString("reference");

        browser.get(session.page("ui/incoming-cheques.xhtml?status=RECEIVED&principal=ICUI-INS"));
        session.logIn("accountant", "compta2025");
        WebElement row = wait.until(visibilityOfElementLocated(By.id("incoming-" + reference)));
        assertEquals("reçu", row.findElement(By.cssSelector(".badge")).getText());
        assertTrue(row.getText().contains("Assureur UI"), row::getText);
        row.findElement(By.name("slipCheque")).click();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("depositBank"))).selectByValue("BQ-MANDANTS");
        browser.executeScript("arguments[0].value = '" + YEAR + "-04-03'", browser.findElement(By.id("depositDate")));
        WebElement form = browser.findElement(By.id("deposit-form"));
        browser.findElement(By.id("make-slip")).click();
        wait.until(Browser.left(form));
        String message = wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
        assertTrue(message.matches("Remise REM-\\d{6} : 1 chèque\\(s\\) sur BQ-MANDANTS\\."), message);
        String slip = message.substring("Remise ".length(), "Remise ".length() + 10);
        assertEquals("DEPOSITED", accountant.get("api/incoming-cheques/" + reference).json().getString("status"));
        WebElement slipRow = wait.until(visibilityOfElementLocated(By.id("slip-" + slip)));
        assertTrue(slipRow.getText().replaceAll("[\u00A0\u202F]", " ").contains("1 640 000 640 000 En cours"), slipRow::getText);
        assertTrue(slipRow.getText().contains("En cours"), slipRow::getText);
        session.screenshot("incoming-cheques.png");

        browser.get(session.page("ui/bank-position.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("journal")));
        assertEquals("BQ-MANDANTS", browser.findElement(By.id("bankAccount")).getDomProperty("value"), "the first account");
        java.time.LocalDate to = java.time.LocalDate.parse(browser.findElement(By.id("to")).getDomProperty("value"));
        assertFalse(to.isAfter(java.time.LocalDate.now()) || to.isBefore(java.time.LocalDate.of(2025, 12, 31)),
                "the latest day with movements, the demo's year end at the earliest: " + to);
        assertEquals(to.withDayOfMonth(1).toString(), browser.findElement(By.id("from")).getDomProperty("value"));
        assertEquals(to.getDayOfMonth(), browser.findElements(By.cssSelector("#journal tbody tr")).size());
        assertEquals(31, browser.findElements(By.cssSelector("#projection tbody tr")).size());
        assertFalse(browser.findElements(By.cssSelector("#chart svg polyline.position")).isEmpty(), "the projection's chart");
        session.screenshot("bank-position.png");

        browser.get(session.page("ui/bank-position.xhtml?bankAccount=BQ-MANDANTS&from=" + YEAR + "-04-01&to=" + YEAR + "-04-05"));
        WebElement days = wait.until(visibilityOfElementLocated(By.id("journal")));
        assertEquals(5, days.findElements(By.cssSelector("tbody tr")).size());
        long inTransit = accountant.get("api/bank-position/BQ-MANDANTS?from=" + YEAR + "-04-03&to=" + YEAR + "-04-03").json()
                .getJsonArray("days").getJsonObject(0).getJsonNumber("inTransit").longValue();
        assertTrue(inTransit >= 640_000, "the slip is in transit on 3 April: " + inTransit);
        assertTrue(days.findElements(By.cssSelector("tbody tr")).get(2).getText().startsWith("03/04/" + YEAR), days::getText);
    }
}
