package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The accountant's fiscal calendar in a real headless Chromium: the month's obligations, a return
 * declared then paid with its cheque, a declaration refused (date in the future) that leaves the
 * occurrence as it was, and a lunar holiday moved to the day observed, which moves the deadline
 * falling on it. Fiscal year 2022 is this test's own.
 */
class FiscalCalendarPageIT extends DeployedLedger {

    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        Api.Reply generated = Api.as(base, Api.ACCOUNTANT).post("api/fiscal-calendar/years/2022", "");
        assertEquals(200, generated.status(), generated::toString);
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
    void anAccountantDeclaresAndPaysAReturnAndMovesALunarHoliday() {
        browser.get(session.page("ui/fiscal-calendar.xhtml"));
        session.logIn("accountant", "compta2025");
        wait.until(visibilityOfElementLocated(By.id("month-label")));
        assertFalse(browser.findElements(By.cssSelector("#occurrences tr.occurrence")).isEmpty(),
                "the calendar opens on a month with obligations: " + session.textOf("month-label"));

        browser.get(session.page("ui/fiscal-calendar.xhtml?month=2022-03"));
        assertEquals("Échéances de mars 2022", session.textOf("month-label"));
        long pensions = occurrenceId("IPRES", "2022-02-01");
        WebElement row = row(pensions);
        assertEquals("15/03/2022", row.findElement(By.cssSelector("td.declaration-due")).getDomProperty("textContent").strip());
        assertEquals("À déclarer", row.findElement(By.cssSelector(".badge")).getText());

        assertEquals("Cotisations IPRES (retraite) (février 2022) déclarée le 14/03/2022.",
                step(pensions, "declare", "declaredOn", "2022-03-14", "amount", "45 000"));
        row = row(pensions);
        assertEquals("Déclarée", row.findElement(By.cssSelector(".badge")).getText());
        assertEquals("45" + Browser.NBSP + "000", row.findElement(By.cssSelector("td.amount")).getDomProperty("textContent").strip());

        assertEquals("Cotisations IPRES (retraite) (février 2022) payée le 15/03/2022.",
                step(pensions, "pay", "paidOn", "2022-03-15", "chequeReference", "CHQ-0007777"));
        row = row(pensions);
        assertEquals("Payée", row.findElement(By.cssSelector(".badge")).getText());
        assertTrue(row.findElement(By.cssSelector(".paid-by")).getText().contains("chèque CHQ-0007777"));
        assertEquals("0", row.findElement(By.cssSelector("td.penalty")).getDomProperty("textContent").strip(), "on time");

        long css = occurrenceId("CSS", "2022-02-01");
        String refusal = step(css, "declare", "declaredOn", "2099-01-01", "amount", "");
        assertTrue(refusal.startsWith("Date de déclaration entre le 01/02/2022 et aujourd'hui (reçu : 01/01/2099)"), refusal);
        assertEquals("À déclarer", row(css).findElement(By.cssSelector(".badge")).getText(), "nothing written");
        session.screenshot("fiscal-calendar.png");

        // The Grand Magal of 2022, computed on Wednesday 14 September, observed on Thursday 15th:
        // August's returns, due on the 15th, move to Friday 16th
        browser.get(session.page("ui/fiscal-calendar.xhtml?month=2022-09"));
        WebElement magal = wait.until(visibilityOfElementLocated(By.id("holiday-islamic-GRAND_MAGAL_OF_TOUBA-2022-09-14")));
        setDate(magal.findElement(By.cssSelector("input[name=observedDate]")), "2022-09-15");
        magal.findElement(By.cssSelector("input[name=reason]")).sendKeys("Croissant aperçu le 28 août");
        assertEquals("Grand Magal de Touba observé le 15/09/2022 : échéances recalculées.", submit(magal.findElement(By.cssSelector("input.move"))));
        WebElement august = row(occurrenceId("IPRES", "2022-08-01"));
        assertEquals("16/09/2022 reportée du 15/09/2022", august.findElement(By.cssSelector("td.declaration-due")).getText()
                .replace('\n', ' '));
        assertTrue(session.textOf("holiday-islamic-GRAND_MAGAL_OF_TOUBA-2022-09-14").contains("par accountant : Croissant aperçu le 28 août"));
    }

    private long occurrenceId(String obligation, String periodStart) {
        return Api.as(base, Api.AUDITOR).get("api/fiscal-calendar/occurrences?year=" + periodStart.substring(0, 4)).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("obligationCode").equals(obligation) && o.getString("periodStart").equals(periodStart))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** Fills an occurrence's declare or pay form (a date, a text) and submits it; the message the page shows. */
    private String step(long occurrence, String action, String dateField, String date, String textField, String text) {
        WebElement form = row(occurrence).findElement(By.cssSelector("form." + action + "-form"));
        setDate(form.findElement(By.name(dateField)), date);
        form.findElement(By.name(textField)).sendKeys(text);
        return submit(form.findElement(By.cssSelector("input." + action)));
    }

    private WebElement row(long id) {
        return wait.until(visibilityOfElementLocated(By.id("occurrence-" + id)));
    }

    private void setDate(WebElement field, String isoDate) {
        // Chromium's date picker: set the value as the picker would
        browser.executeScript("arguments[0].value = arguments[1]", field, isoDate);
    }

    /** Clicks the form's button and gives the message the page comes back with. */
    private String submit(WebElement button) {
        WebElement table = browser.findElement(By.id("occurrences"));
        button.click();
        wait.until(Browser.left(table));
        return wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
    }
}
