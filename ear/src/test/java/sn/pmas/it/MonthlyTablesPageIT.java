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
import org.openqa.selenium.support.ui.Select;

/**
 * The Tableaux mensuels page in a headless Chromium: the director chooses a month and an insurer and
 * reads the three tables with their charts and document links; the demo year's pool tables.
 * Reads the case of {@link MonthlyReportsIT} (March 2065).
 */
class MonthlyTablesPageIT extends DeployedLedger {

    private Browser session;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        MonthlyReportsIT.book(Api.as(base, Api.ACCOUNTANT));
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
    void directorChoosesAMonthAndAnInsurer() {
        browser.get(session.page("ui/monthly-tables.xhtml"));
        session.logIn("director", "direction2025");
        WebElement production = session.waiting().until(visibilityOfElementLocated(By.id("rows-production")));
        assertTrue(browser.findElement(By.id("nav-monthly-tables")).getDomAttribute("class").contains("current"));
        assertTrue(!new Select(browser.findElement(By.id("month"))).getFirstSelectedOption().getDomProperty("value").isEmpty(),
                "opens on the latest month with entries");

        new Select(browser.findElement(By.id("month"))).selectByValue("2065-03");
        new Select(browser.findElement(By.id("insurer"))).selectByValue("MG-ASSUR");
        browser.findElement(By.id("show")).click();
        session.waiting().until(Browser.left(production));

        assertTrue(browser.getCurrentUrl().endsWith("/ui/monthly-tables.xhtml?month=2065-03&insurer=MG-ASSUR"), browser.getCurrentUrl());
        assertEquals(List.of("Total", "716 000", "2", "800 000", "1 796 000", "3", "800 000", "996 000"), cells("production", "Total"));
        assertEquals(List.of("Total", "162 000", "21 000", "400 000", "702 000", "91 000", "400 000", "302 000"), cells("collections", "Total"));
        assertEquals(List.of("Fin mars 2065", "500 000", "0", "0", "432 000", "0", "400 000", "1 332 000"), cells("arrears", "Fin mars 2065"));
        for (String table : List.of("production", "collections", "arrears")) {
            assertTrue(browser.findElements(By.cssSelector("#chart-" + table + " svg rect")).size() > 3, table + " has its chart");
            assertTrue(browser.findElement(By.id("pdf-" + table)).getDomAttribute("href")
                    .endsWith("/api/management/monthly/" + table + "?month=2065-03&insurer=MG-ASSUR&format=pdf"));
        }
    }

    @Test
    void theDemoYearShowsThePoolEveryMonth() {
        browser.get(session.page("ui/monthly-tables.xhtml?month=2025-06"));
        session.logIn("director", "direction2025");
        session.waiting().until(visibilityOfElementLocated(By.id("rows-production")));

        List<WebElement> insurers = browser.findElements(By.cssSelector("#rows-production tbody tr:not(.summary)"));
        assertTrue(insurers.size() >= 6, "the six founding insurers issue every month");
        assertEquals(8, cells("arrears", "Fin juin 2025").size());
        assertEquals(6, browser.findElements(By.cssSelector("#rows-arrears tbody tr")).stream()
                .filter(row -> row.getText().contains("2025")).count(), "January to June");
        browser.get(session.page("ui/monthly-tables.xhtml?month=2025-13"));
        assertTrue(session.waiting().until(visibilityOfElementLocated(By.id("refused"))).getText().contains("2025-13"));
    }

    /** The cells of the table's line labelled {@code label}, spaces plain. */
    private List<String> cells(String table, String label) {
        return session.rowCells("rows-" + table, label);
    }
}
