package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accountant's journal and periods pages in a real headless Chromium: an entry typed in the
 * form (refused unbalanced with its values kept, then booked), reversed with a reason; a period
 * closed, a posting into it refused, and an administrator reopening it with a reason. Works in
 * fiscal year 2056, which nothing else touches.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JournalPagesIT extends DeployedLedger {

    private static final int YEAR = 2056;
    private static final Pattern BOOKED = Pattern.compile("Écriture n° (\\d+) enregistrée\\.");
    private static final Pattern REVERSED = Pattern.compile("Écriture n° (\\d+) extournée par l'écriture n° (\\d+)\\.");

    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        Api.as(base, Api.ACCOUNTANT).post("api/fiscal-years", "{\"year\":" + YEAR + "}");
        session = Browser.open(base);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void stopBrowserAndCheckTheBooks() throws IOException {
        if (session != null) {
            session.close();
        }
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), YEAR);
    }

    @Test
    @Order(1)
    void theAccountantTypesAnEntryIsToldWhatIsWrongBooksItOnceAndReversesIt() {
        logIn("accountant", "compta2025");
        browser.get(session.page("ui/journal.xhtml?period=" + YEAR + "-03&journal=OD"));
        wait.until(visibilityOfElementLocated(By.id("no-rows")));
        browser.findElement(By.cssSelector("#entry-panel > summary")).click();

        new Select(browser.findElement(By.id("entry-journal"))).selectByValue("OD");
        setDate("entry-date", YEAR + "-03-15");
        type("description", "Achat de fournitures de bureau");
        type("account-1", "605");
        type("debit-1", "150 000");
        type("label-1", "Ramettes et toner");
        type("account-2", "5212");
        type("credit-2", "150 001");
        assertEquals("(écart 1)", session.textOf("entry-gap"), "the form shows the gap before sending");
        click(By.id("entry-form:post"));
        String refusal = message();
        assertTrue(refusal.startsWith("Écriture refusée : "), refusal);
        assertEquals("150 000", browser.findElement(By.id("debit-1")).getDomProperty("value"), "what was typed is kept");
        assertEquals("5212", browser.findElement(By.id("account-2")).getDomProperty("value"));

        click(By.id("add-line"));
        wait.until(visibilityOfElementLocated(By.id("entry-line-5")));
        assertEquals("Achat de fournitures de bureau", browser.findElement(By.id("description")).getDomProperty("value"));
        type("credit-2", "150 000");
        click(By.id("entry-form:post"));
        Matcher booked = BOOKED.matcher(message());
        assertTrue(booked.find(), browser.findElement(By.id("messages")).getText());
        long entryId = Long.parseLong(booked.group(1));
        assertTrue(browser.getCurrentUrl().endsWith("/ui/journal.xhtml?period=" + YEAR + "-03&journal=OD"), browser.getCurrentUrl());
        WebElement entry = browser.findElement(By.id("entry-" + entryId));
        assertTrue(entry.getText().contains("Achat de fournitures de bureau"), entry.getText());
        assertTrue(entry.getText().contains("Ramettes et toner"), entry.getText());

        Api accountant = Api.as(base, Api.ACCOUNTANT);
        JsonObject posted = accountant.get("api/entries/" + entryId).json();
        assertEquals("MANUAL", posted.getString("source"));
        assertTrue(posted.getString("sourceReference").startsWith("SAISIE-"), posted::toString);
        assertEquals(150_000, posted.getJsonNumber("totalAmount").longValue());
        session.screenshot("journal-" + YEAR + "-03.png");

        entry.findElement(By.cssSelector(".reverse-form summary")).click();
        entry.findElement(By.cssSelector(".reverse-form input.reason")).sendKeys("Facture saisie deux fois");
        click(entry.findElement(By.cssSelector(".reverse-form input.reverse")));
        Matcher reversed = REVERSED.matcher(message());
        assertTrue(reversed.find(), browser.findElement(By.id("messages")).getText());
        long reversalId = Long.parseLong(reversed.group(2));
        assertTrue(browser.findElement(By.id("entry-" + entryId)).getText().contains("Extournée par l'écriture n° " + reversalId));
        assertTrue(browser.findElement(By.id("entry-" + reversalId)).getText().contains("Extourne de l'écriture n° " + entryId));
        JsonObject march = accountant.get("api/trial-balance?period=" + YEAR + "-03").json();
        assertTrue(march.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("accountCode").equals("605"))
                .allMatch(row -> row.getJsonNumber("closing").longValue() == row.getJsonNumber("opening").longValue()),
                "the charge and its reversal cancel out: " + march);
    }

    @Test
    @Order(2)
    void aClosedPeriodRefusesTheFormAndOnlyAnAdministratorReopensItWithAReason() {
        logIn("accountant", "compta2025");
        browser.get(session.page("ui/periods.xhtml?year=" + YEAR));
        WebElement april = wait.until(visibilityOfElementLocated(By.id("period-" + YEAR + "-04")));
        click(april.findElement(By.cssSelector("input.close")));
        assertTrue(message().startsWith("Période avril " + YEAR + " clôturée"), message());
        april = browser.findElement(By.id("period-" + YEAR + "-04"));
        assertTrue(april.getText().contains("Clôturée"), april.getText());
        assertTrue(april.getText().contains("Clôture par accountant"), april.getText());
        assertTrue(april.findElements(By.cssSelector("input.reopen")).isEmpty(), "an accountant does not reopen");

        browser.get(session.page("ui/journal.xhtml?period=" + YEAR + "-04&journal=OD"));
        browser.findElement(By.cssSelector("#entry-panel > summary")).click();
        setDate("entry-date", YEAR + "-04-10");
        type("description", "Frais d'avril");
        type("account-1", "605");
        type("debit-1", "10000");
        type("account-2", "5212");
        type("credit-2", "10000");
        click(By.id("entry-form:post"));
        assertTrue(message().startsWith("Écriture refusée : ") && message().contains("clôturée"), message());

        click(By.id("logout"));
        logIn("admin", "admin2025");
        browser.get(session.page("ui/periods.xhtml?year=" + YEAR));
        april = wait.until(visibilityOfElementLocated(By.id("period-" + YEAR + "-04")));
        click(april.findElement(By.cssSelector("input.reopen")));
        assertTrue(message().startsWith("Réouverture refusée : "), message());
        april = browser.findElement(By.id("period-" + YEAR + "-04"));
        april.findElement(By.cssSelector(".reopen-form input[name=reason]")).sendKeys("Facture d'avril reçue en retard");
        click(april.findElement(By.cssSelector("input.reopen")));
        assertEquals("Période avril " + YEAR + " rouverte.", message());
        String history = browser.findElement(By.id("period-" + YEAR + "-04")).getText();
        assertTrue(history.contains("Ouverte") && history.contains("Réouverture par admin") && history.contains("Facture d'avril reçue en retard"),
                history);
        assertEquals("OPEN", Api.as(base, Api.ACCOUNTANT).get("api/fiscal-years/" + YEAR + "/periods").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("period").equals(YEAR + "-04")).findFirst().orElseThrow()
                .getString("state"));
    }

    /**
     * Logs in from the application's root, then the test opens its page: where the login lands
     * after a protected page asked for it depends on what else the browser requested meanwhile.
     */
    private void logIn(String user, String password) {
        browser.get(session.page(""));
        session.logIn(user, password);
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Chromium's date input takes its value as typed in the user's locale; set it as the form sends it. */
    private void setDate(String id, String isoDate) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private void click(By locator) {
        click(browser.findElement(locator));
    }

    private void click(WebElement element) {
        WebElement page = browser.findElement(By.tagName("main"));
        element.click();
        wait.until(Browser.left(page));
    }

    private String message() {
        return wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
    }
}
