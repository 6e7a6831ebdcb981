package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The accountant's agreement page in a real headless Chromium: reached from the principals'
 * list, the version in force today, a new version recorded from the prefilled form (rate typed
 * in percent), then one refused by the ledger (floor above target) that leaves the history as
 * it was. A principal of its own, in fiscal year 2043.
 */
class AgreementPageIT extends DeployedLedger {

    private static final String PRINCIPAL = "UIAGR-INS";
    private static final String NBSP = Browser.NBSP;

    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        // in force since 2025, so that the page has a version in force today to show and prefill
        Events.principal(Api.as(base, Api.ACCOUNTANT), 2043, PRINCIPAL, "INSURER",
                Events.insurerAgreement("2025-01-01", 10_000_000, 5_000_000));
        session = Browser.open(base);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void stop() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void anAccountantRecordsANewVersionOfAnAgreementAndIsRefusedAnInconsistentOne() {
        browser.get(session.page("ui/principals.xhtml"));
        session.logIn("accountant", "compta2025");
        wait.until(visibilityOfElementLocated(By.cssSelector("#principal-" + PRINCIPAL + " a.agreement-link"))).click();
        wait.until(visibilityOfElementLocated(By.id("in-force")));
        assertEquals("Convention de " + PRINCIPAL + " (test)", session.textOf("agreement-title"));
        assertEquals("01/01/2025", session.textOf("in-force-valid-from"));
        assertEquals("10" + NBSP + "000" + NBSP + "000", session.textOf("in-force-target"));
        assertEquals("5" + NBSP + "000" + NBSP + "000 / —", session.textOf("in-force-floor"));
        assertEquals("14" + NBSP + "% des primes encaissées", session.textOf("in-force-rate"));
        assertEquals("14", field("feeRate").getDomProperty("value"), "prefilled with the version in force, in percent");
        assertEquals("5" + NBSP + "000" + NBSP + "000", field("floorAmount").getDomProperty("value"));
        int before = versions().size();

        recordsTheNewVersion();
        assertEquals(before + 1, versions().size());
        List<String> latest = versions().getFirst();
        assertEquals(List.of("01/01/2043", "12" + NBSP + "000" + NBSP + "000", "6" + NBSP + "000" + NBSP + "000 / 30 j",
                "5" + NBSP + "000" + NBSP + "000", "7,5" + NBSP + "%", "primes encaissées"), latest.subList(0, 6), latest::toString);
        assertTrue(latest.get(6).startsWith("accountant le "), latest::toString);
        assertEquals("Avenant 2043", latest.get(7));
        assertEquals("01/01/2025", session.textOf("in-force-valid-from"), "the new version is not in force before 2043");
        session.screenshot("agreement.png");

        isRefusedAFloorAboveTheTarget();
        assertEquals(before + 1, versions().size(), "nothing written");
        assertEquals(latest, versions().getFirst());
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), 2043);
    }

    private void recordsTheNewVersion() {
        // the date field is Chromium's date picker: set its value as the picker would
        browser.executeScript("arguments[0].value = '2043-01-01'", field("validFrom"));
        type("targetLevel", "12 000 000");
        type("floorAmount", "6 000 000");
        type("floorDays", "30");
        type("feeRate", "7,5");
        type("comment", "Avenant 2043");
        assertEquals("Nouvelle version de la convention enregistrée, en vigueur le 01/01/2043.", submit());
    }

    private void isRefusedAFloorAboveTheTarget() {
        type("floorAmount", "20 000 000");
        assertEquals("Le seuil d'alerte est compris entre 0 et le niveau cible (reçu : 20000000).", submit());
        assertEquals("20" + NBSP + "000" + NBSP + "000", field("floorAmount").getDomProperty("value"), "what was typed is kept");
    }

    /** Records the form's version and gives the message the page comes back with. */
    private String submit() {
        WebElement form = browser.findElement(By.id("agreement-form"));
        browser.findElement(By.cssSelector("input[value='Enregistrer la version']")).click();
        wait.until(Browser.left(form));
        return wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
    }

    /** A field of the form, by its id without the form's prefix. */
    private WebElement field(String id) {
        return browser.findElement(By.cssSelector("[id$=':" + id + "']"));
    }

    private void type(String id, String text) {
        WebElement field = field(id);
        field.clear();
        field.sendKeys(text);
    }

    /** The history's rows, latest first, as the page writes them. */
    private List<List<String>> versions() {
        return browser.findElements(By.cssSelector("#history tr.version")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(cell -> cell.getDomProperty("textContent").strip()).toList())
                .toList();
    }
}
