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

/**
 * The Tableau de bord in a headless Chromium: a director opens it on the demo year's last day, reads
 * the figures the API gives, and follows a bank account's figure to its bank position page.
 */
class DashboardPageIT extends DeployedLedger {

    private Browser session;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        session = Browser.open(base);
        browser = session.driver();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void directorReadsTheDashboardAndFollowsAFigure() {
        browser.get(session.page("ui/dashboard.xhtml"));
        session.logIn("director", "direction2025");
        session.waiting().until(visibilityOfElementLocated(By.id("treasury")));
        assertTrue(browser.findElement(By.id("nav-dashboard")).getDomAttribute("class").contains("current"));
        assertFalse(browser.findElement(By.id("asOf")).getDomProperty("value").isEmpty(), "opens on a date");

        browser.get(session.page("ui/dashboard.xhtml?asOf=2025-12-31"));
        session.waiting().until(visibilityOfElementLocated(By.id("treasury")));
        JsonObject board = Api.as(base, Api.DIRECTOR).get("api/dashboard?asOf=2025-12-31").json();
        JsonObject bank = board.getJsonArray("treasury").getJsonObject(0);
        WebElement row = browser.findElement(By.cssSelector("#treasury tr[data-bank='" + bank.getString("bankAccount") + "']"));
        assertEquals(francs(bank.getJsonNumber("bookBalance").longValue()), row.findElement(By.cssSelector("td.book")).getText());
        assertEquals(francs(bank.getJsonNumber("projected").longValue()), row.findElement(By.cssSelector("td.projected")).getText());
        assertEquals(Long.toString(board.getJsonObject("alerts").getJsonNumber("count").longValue()), session.textOf("alerts-count"));
        assertEquals(francs(board.getJsonObject("arrears").getJsonNumber("unpaid").longValue()),
                browser.findElement(By.id("arrears-total")).getText());
        assertTrue(browser.findElements(By.cssSelector("#treasury svg rect")).size() > 2, "the treasury chart");
        assertTrue(browser.findElement(By.id("dashboard-pdf")).getDomAttribute("href").endsWith("/api/dashboard?asOf=2025-12-31&format=pdf"));

        JsonObject askia = board.getJsonObject("lossRatios").getJsonArray("insurers").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("insurerCode").equals("ASKIA")).findFirst().orElseThrow();
        WebElement ratio = browser.findElement(By.cssSelector("#loss-ratios tr[data-insurer='ASKIA'] td.ratio"));
        assertEquals(askia.getJsonNumber("percent").bigDecimalValue().toPlainString().replace('.', ',') + " %", ratio.getText());
        assertTrue(ratio.findElement(By.tagName("a")).getDomAttribute("href").endsWith("/ui/quarterly-reports.xhtml?insurer=ASKIA&quarter=2025-Q4"));
        assertTrue(browser.findElements(By.cssSelector("#loss-ratios svg rect")).size() > 2, "the loss ratio chart");

        row.findElement(By.cssSelector("td.book a")).click();
        session.waiting().until(Browser.left(row));
        assertTrue(browser.getCurrentUrl().contains("/ui/bank-position.xhtml?bankAccount=" + bank.getString("bankAccount")), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.tagName("body")).getText().contains(francs(bank.getJsonNumber("bookBalance").longValue())),
                "the bank position page shows the same book balance");
    }

    private static String francs(long amount) {
        return String.format(java.util.Locale.FRENCH, "%,d", amount).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
