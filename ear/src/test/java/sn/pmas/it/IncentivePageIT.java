package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Events.event;

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
 * The page Intéressement des prestataires in a real headless Chromium, on fiscal year 2083, its own
 * (its periods closed, nothing carried from the years before — 2082, its own, takes what brings
 * them to that —, a surplus of 1 000 000 F, two hospitals and three other public facilities): the
 * page opens on it, the latest year closed with public providers; the two rankings with the cut
 * line, the chart, the confirmation from the page and the downloads it then offers.
 */
class IncentivePageIT extends DeployedLedger {

    private static final int YEAR = 2083;
    private static final String INSURER = "UIINC-ASSUR";
    private static final String BANK = "CQ-UIINC";
    private static final String NBSP = Browser.NBSP;

    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        session = Browser.open(base);
        browser = session.driver();
        wait = session.waiting();
        if (IncentiveIT.periodsClosed(accountant, YEAR)) {
            return;
        }
        IncentiveIT.carryLosses(accountant, YEAR - 1, 0, "UIINC-CARRY");
        Events.principal(accountant, YEAR, INSURER, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 10_000_000, 1_000_000));
        accountant.post("api/entries", entry("OD", YEAR + "-06-30", "UIINC-INCOME", "Produits divers", line("4738", "1000000", null),
                line("758", null, "1000000")));
        for (String[] provider : List.of(new String[] {"UIINC-H1", "HOSPITAL"}, new String[] {"UIINC-H2", "HOSPITAL"},
                new String[] {"UIINC-F1", "PUBLIC_FACILITY"}, new String[] {"UIINC-F2", "PUBLIC_FACILITY"}, new String[] {"UIINC-F3", "PUBLIC_FACILITY"})) {
            accountant.post("api/parties", "{\"code\":\"" + provider[0] + "\",\"type\":\"PROVIDER\",\"name\":\"Établissement " + provider[0]
                    + "\",\"conventionType\":\"" + provider[1] + "\",\"paymentTermDays\":60}");
        }
        Api.Reply events = accountant.post("api/sig/events/batch", Events.batch(
                event("FUNDS_RECEIVED", "UIINC-FR", YEAR + "-01-05", "principal", INSURER, "amount", 500_000),
                claim("UIINC-S1", "UIINC-H1", "04-10"), claim("UIINC-S2", "UIINC-H2", "06-10"), claim("UIINC-S3", "UIINC-F1", "04-10"),
                claim("UIINC-S4", "UIINC-F2", "04-10"), claim("UIINC-S5", "UIINC-F3", "06-10"),
                event("CLAIM_REJECTED", "UIINC-R1", YEAR + "-04-20", "principal", INSURER, "provider", "UIINC-F2", "invoice", "F-UIINC-R1",
                        "careMonth", YEAR + "-03", "invoiceReceivedOn", YEAR + "-04-10", "amount", 100_000),
                paid("UIINC-S1"), paid("UIINC-S2"), paid("UIINC-S3"), paid("UIINC-S4"), paid("UIINC-S5")));
        assertEquals(200, events.status(), events::toString);
        if (accountant.get("api/bank-accounts/" + BANK).status() == 404) {
            accountant.post("api/accounts", "{\"code\":\"5223\",\"name\":\"Banque " + BANK + "\"}");
            accountant.post("api/accounts", "{\"code\":\"5224\",\"name\":\"Chèques émis " + BANK + "\"}");
            accountant.post("api/bank-accounts", """
                    {"code":"%s","bankName":"Banque de test","accountNumber":"SN-%s","ledgerAccount":"5223","issuedAccount":"5224",
                     "principalsMoney":false}""".formatted(BANK, BANK));
            accountant.post("api/bank-accounts/" + BANK + "/cheque-books", "{\"firstNumber\":1,\"lastNumber\":5,\"receivedOn\":\"" + YEAR + "-01-02\"}");
        }
        IncentiveIT.closePeriods(accountant, YEAR);
    }

    @AfterEach
    void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAccountantReadsTheRankingsAndConfirmsTheYearFromThePage() {
        browser.get(session.page("ui/incentive.xhtml"));
        session.logIn("accountant", "compta2025");
        wait.until(visibilityOfElementLocated(By.id("figures")));
        assertEquals("" + YEAR, browser.findElement(By.id("year")).getDomProperty("value"), "the latest year closed with public providers: this test's");
        assertTrue(browser.findElement(By.id("nav-incentive")).getDomAttribute("class").contains("current"));

        assertEquals("1" + NBSP + "000" + NBSP + "000", session.textOf("base"));
        assertEquals("500" + NBSP + "000", session.textOf("pool-amount"));
        assertEquals("Aperçu : rien n'est comptabilisé", session.textOf("status"));
        assertEquals(List.of("UIINC-H1 1 250" + NBSP + "000", "UIINC-H2 2 0"), ranking("hospitals"));
        assertEquals(List.of("UIINC-F1 1 138" + NBSP + "889", "UIINC-F2 2 111" + NBSP + "111", "UIINC-F3 3 0"), ranking("others"));
        assertEquals(1, browser.findElements(By.cssSelector("#ranking-others tr.cut-line + tr#row-UIINC-F3")).size(), "the cut line before F3");
        assertEquals(5, browser.findElements(By.cssSelector("#score-chart .score-bar")).size());
        assertEquals(2, browser.findElements(By.cssSelector("#score-chart .score-bar.excluded")).size());

        WebElement bank = browser.findElement(By.cssSelector("[id$=':bankAccount']"));
        bank.clear();
        bank.sendKeys(BANK);
        browser.executeScript("arguments[0].value = '" + (YEAR + 1) + "-01-10'", browser.findElement(By.cssSelector("[id$=':date']")));
        WebElement form = browser.findElement(By.id("confirm-form"));
        browser.findElement(By.cssSelector("[id$=':confirm']")).click();
        wait.until(Browser.left(form));
        String message = wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
        assertTrue(message.startsWith("Intéressement " + YEAR + " comptabilisé : 500 000 F, chèque "), message);
        assertTrue(session.textOf("status").startsWith("Confirmé le 10/01/" + (YEAR + 1)), session.textOf("status"));
        assertTrue(session.textOf("status").endsWith("(Bloqué)"), session.textOf("status"));
        assertEquals(0, browser.findElements(By.id("confirm-form")).size(), "confirmed once");
        assertTrue(browser.findElement(By.id("download-workbook")).getDomAttribute("href").endsWith("/api/provider-incentive/" + YEAR + "/workbook"));
        assertTrue(browser.findElement(By.id("download-slip")).isDisplayed());
        session.screenshot("incentive.png");
    }

    private static String claim(String reference, String provider, String receivedOn) {
        return event("CLAIM_VALIDATED", reference, YEAR + "-06-30", "principal", INSURER, "provider", provider, "invoice", "F-" + reference,
                "careMonth", YEAR + "-03", "invoiceReceivedOn", YEAR + "-" + receivedOn, "amount", 100_000);
    }

    /** Paid, with funds covering the claims exactly: the year leaves no balance for later years' tests to open with. */
    private static String paid(String claim) {
        return event("CLAIM_PAID", "PAY-" + claim, YEAR + "-07-15", "claim", claim);
    }

    /** Each row of a ranking: code, rank, share. */
    private List<String> ranking(String category) {
        return browser.findElements(By.cssSelector("#ranking-" + category + " tr.admitted, #ranking-" + category + " tr.excluded")).stream()
                .map(row -> row.findElements(By.tagName("td"))).map(cells -> cells.get(1).getDomProperty("textContent").strip().split(" ")[0]
                        + " " + cells.get(0).getDomProperty("textContent").strip() + " " + cells.get(8).getDomProperty("textContent").strip())
                .toList();
    }
}
