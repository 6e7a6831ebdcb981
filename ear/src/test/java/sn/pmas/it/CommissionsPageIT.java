package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The *Commissions* page on the demo year in a real headless Chromium: reached from the menu, it
 * opens on the latest confirmed quarter; 2025 Q3 shows the teachers' base split at their rate
 * change of 16 August, the documents and the chart; an agreement at 150 % is refused and
 * nothing is written.
 */
class CommissionsPageIT extends DeployedLedger {

    private static final String NBSP = Browser.NBSP;

    @Test
    void theAccountantReadsTheQuartersRunsAndIsRefusedARateAboveAHundredPercent() throws IOException {
        try (Browser session = Browser.open(base)) {
            ChromeDriver browser = session.driver();
            browser.get(session.page("ui/trial-balance.xhtml"));
            session.logIn("accountant", "compta2025");
            session.waiting().until(visibilityOfElementLocated(By.id("nav-commissions"))).click();
            session.waiting().until(visibilityOfElementLocated(By.id("runs")));
            assertEquals("Commissions front-office", session.textOf("commissions-title"));
            List<WebElement> runs = browser.findElements(By.cssSelector("#runs tr.confirmed-run"));
            assertTrue(runs.size() >= 4, "the demo's four quarters");
            // the demo leaves 2026-Q1 to run (CommissionRunIT may have run it and the next one since): whatever the
            // latest confirmed quarter, the page opens on the one after it, ended, to preview and confirm
            String latest = runs.get(0).findElement(By.cssSelector("td.code")).getText();
            assertEquals(nextQuarter(latest), session.textOf("quarter"), "opens on the quarter to run");

            browser.get(session.page("ui/commissions.xhtml?kind=FRONT_OFFICE&quarter=2026-Q1"));
            session.waiting().until(visibilityOfElementLocated(By.id("run")));
            assertTrue(segments(browser).stream().anyMatch(text -> text.startsWith("Coopérative des enseignants") && text.contains(" 7 % ")),
                    "the demo's first quarter of 2026: the teachers' collections at 7 %");

            browser.get(session.page("ui/commissions.xhtml?kind=FRONT_OFFICE&quarter=2025-Q3"));
            session.waiting().until(visibilityOfElementLocated(By.id("run")));
            assertTrue(session.textOf("run-status").startsWith("Arrêté n° "), session.textOf("run-status"));
            List<String> teachers = segments(browser).stream().filter(text -> text.startsWith("Coopérative des enseignants")).toList();
            assertEquals(2, teachers.size(), teachers::toString);
            assertTrue(teachers.get(0).contains("01/01/2025") && teachers.get(0).contains(" 5 % "), teachers::toString);
            assertTrue(teachers.get(1).contains("16/08/2025") && teachers.get(1).contains(" 7 % "), teachers::toString);
            assertTrue(browser.findElement(By.id("line-GO-ENSEIGNANTS")).getText().contains("HELD"), "Q3's cheque is still held");
            assertTrue(browser.findElement(By.id("settlement-document")).getDomAttribute("href").endsWith("/arrete"));
            assertTrue(browser.findElements(By.cssSelector("#chart tr.bar-row")).size() >= 4, "the teachers' four quarters");
            assertTrue(browser.findElements(By.id("confirm-form")).isEmpty(), "a confirmed quarter is not confirmed again");
            session.screenshot("commissions.png");

            int versions = browser.findElements(By.cssSelector("#agreements tr.agreement-version")).size();
            WebElement form = browser.findElement(By.id("agreement-form"));
            browser.findElement(By.id("agreement-form:party")).sendKeys("GO-ARTISANS");
            // the date field is Chromium's date picker: set its value as the picker would
            browser.executeScript("arguments[0].value = '2027-01-01'", browser.findElement(By.id("agreement-form:validFrom")));
            browser.findElement(By.id("agreement-form:rate")).sendKeys("150");
            browser.findElement(By.id("agreement-form:record")).click();
            session.waiting().until(Browser.left(form));
            String refusal = session.waiting().until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
            assertTrue(refusal.contains("entre 0 et 1"), refusal);
            assertEquals(versions, browser.findElements(By.cssSelector("#agreements tr.agreement-version")).size(), "nothing written");
        }
    }

    /** The run's segment rows; WebDriver gives no-break spaces as plain ones. */
    private static List<String> segments(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#run tr.segment")).stream().map(WebElement::getText).map(text -> text.replace(NBSP, " ")).toList();
    }

    /** "2025-Q4" → "2026-Q1". */
    private static String nextQuarter(String quarter) {
        int year = Integer.parseInt(quarter.substring(0, 4));
        int number = quarter.charAt(6) - '0';
        return number == 4 ? (year + 1) + "-Q1" : year + "-Q" + (number + 1);
    }
}
