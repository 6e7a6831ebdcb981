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
 * The year-end wizard in a real headless Chromium: the demo year 2025, closed by the demo loader
 * (its result as booked, its closing in the history, the allocation awaiting the general
 * assembly), then the demo's open 2026: every check listed, each failure with a link to the page
 * that fixes it, the result computed, the confirmation held back while a check fails.
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
    void theNewcomerFindsTheDemoYearClosedAndTheNextOneWithItsChecks() {
        browser.get(session.page("ui/year-end.xhtml?year=2025"));
        session.logIn("accountant", "compta2025");
        wait.until(visibilityOfElementLocated(By.id("year-label")));
        assertEquals("Exercice 2025", session.textOf("year-label"));
        assertEquals("Exercice clôturé", session.textOf("year-state"));
        assertEquals("2025", new Select(browser.findElement(By.id("year"))).getFirstSelectedOption().getDomProperty("value"));
        assertTrue(browser.findElement(By.id("nav-year-end")).getDomProperty("className").contains("current"), "in the menu");
        assertTrue(browser.findElements(By.id("checks")).isEmpty(), "a closed year shows no checks");
        assertTrue(browser.findElements(By.id("confirm-form:confirm")).isEmpty(), "nor the confirmation");
        long booked = assertResultAddsUp();
        List<WebElement> history = browser.findElements(By.cssSelector("#history tr.event"));
        assertEquals(1, history.size(), "closed once, by the demo loader");
        assertTrue(history.get(0).getText().startsWith("Clôture"), history.get(0).getText());
        assertEquals(booked, francs(history.get(0).findElement(By.className("amount")).getText()), "the history's result is the one booked");
        assertTrue(browser.findElement(By.id("allocation-form:allocate")).isDisplayed(), "the allocation awaits the general assembly");
        session.screenshot("year-end-2025.png");

        browser.get(session.page("ui/year-end.xhtml?year=2026"));
        wait.until(visibilityOfElementLocated(By.id("year-label")));
        assertEquals("Exercice ouvert", session.textOf("year-state"));
        List<WebElement> checks = browser.findElements(By.cssSelector("#checks tbody tr"));
        assertEquals(6, checks.size(), "every check listed");
        WebElement periods = browser.findElement(By.id("check-periods"));
        assertEquals("En échec", periods.findElement(By.className("check-state")).getDomProperty("textContent").strip());
        assertTrue(periods.findElements(By.className("failure")).get(0).getText().startsWith("Période 2026-"), "each open period named");
        assertTrue(periods.findElement(By.className("fix")).getDomProperty("href").contains("/pmas/ui/periods.xhtml?year=2026"), "and where to fix it");
        assertEquals("Satisfait", browser.findElement(By.id("check-previous-year")).findElement(By.className("check-state"))
                .getDomProperty("textContent").strip(), "2025 is closed");
        assertFalse(browser.findElement(By.id("confirm-form:confirm")).isEnabled(), "the confirmation waits for every check");
        assertResultAddsUp();

        browser.get(session.page("ui/year-end.xhtml"));
        wait.until(visibilityOfElementLocated(By.id("year-label")));
        assertTrue(session.textOf("year-label").matches("Exercice 20\\d\\d"), "opens on the latest year with postings");
    }

    private long assertResultAddsUp() {
        long products = francs(session.textOf("products"));
        long charges = francs(session.textOf("charges"));
        long other = francs(session.textOf("other-items"));
        long result = francs(session.textOf("result"));
        assertEquals(products - charges + other, result, "result = products - charges + HAO");
        assertTrue(session.textOf("result-label").matches("(Excédent \\(compte 131\\)|Déficit \\(compte 139\\))"), session.textOf("result-label"));
        return result;
    }

    private static long francs(String text) {
        return Long.parseLong(text.replaceAll("[^0-9-]", "")); // groups of three apart, a deficit negative
    }
}
