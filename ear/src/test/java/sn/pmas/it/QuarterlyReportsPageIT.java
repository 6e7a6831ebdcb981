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
 * The Rapports trimestriels and Rapports annuels pages in a headless Chromium: the director chooses an
 * insurer and a quarter, reads the package, its loss ratio and chart, and the documents' links; then
 * the year's revenue split and a scheme's package; the demo year's first quarter. Reads the case of
 * {@link QuarterlyReportsIT} (2080).
 */
class QuarterlyReportsPageIT extends DeployedLedger {

    private Browser session;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        QuarterlyReportsIT.book(Api.as(base, Api.ACCOUNTANT));
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
    void directorReadsAnInsurersQuarterThenTheYear() {
        browser.get(session.page("ui/quarterly-reports.xhtml"));
        session.logIn("director", "direction2025");
        WebElement form = session.waiting().until(visibilityOfElementLocated(By.id("filters")));
        assertTrue(browser.findElement(By.id("nav-quarterly-reports")).getDomAttribute("class").contains("current"));

        new Select(browser.findElement(By.id("insurer"))).selectByValue("QT-ASSUR");
        new Select(browser.findElement(By.id("quarter"))).selectByValue("2080-Q1");
        browser.findElement(By.id("show")).click();
        session.waiting().until(Browser.left(form));

        session.waiting().until(visibilityOfElementLocated(By.id("quarterly-package")));
        assertTrue(browser.getCurrentUrl().endsWith("/ui/quarterly-reports.xhtml?insurer=QT-ASSUR&quarter=2080-Q1"), browser.getCurrentUrl());
        assertEquals(List.of("Fonds reçus", "10 000 000"), session.rowCells("package-table-0", "Fonds reçus"));
        assertEquals(List.of("Solde de clôture au 31/03/2080", "9 293 000"), session.rowCells("package-table-0", "Solde de clôture au 31/03/2080"));
        assertEquals(List.of("Hôpitaux", "1", "400 000", "400 000"), session.rowCells("package-table-2", "Hôpitaux"));
        assertTrue(browser.findElement(By.id("loss-ratio")).getText().contains("33,26 %"), browser.findElement(By.id("loss-ratio")).getText());
        assertTrue(browser.findElements(By.cssSelector("#loss-ratio-chart svg rect")).size() >= 2, "the chart has its bars");
        assertTrue(browser.findElement(By.id("package-pdf")).getDomAttribute("href")
                .endsWith("/api/management/quarterly/QT-ASSUR?quarter=2080-Q1&format=pdf"));
        assertTrue(browser.findElement(By.id("statistics-xlsx")).getDomAttribute("href")
                .endsWith("/api/management/statistics/QT-ASSUR?quarter=2080-Q1&format=xlsx"));

        browser.findElement(By.id("nav-annual-reports")).click();
        WebElement annual = session.waiting().until(visibilityOfElementLocated(By.id("filters")));
        new Select(browser.findElement(By.id("year"))).selectByValue("2080");
        new Select(browser.findElement(By.id("scheme"))).selectByValue("QT-MUT");
        browser.findElement(By.id("show")).click();
        session.waiting().until(Browser.left(annual));
        session.waiting().until(visibilityOfElementLocated(By.id("revenue-split")));
        assertEquals(List.of("Total", "182 000", "700 000", "882 000", "100,00 %"), session.rowCells("revenue-table-0", "Total"));
        assertEquals(List.of("Solde de clôture au 31/12/2080", "3 950 000"), session.rowCells("scheme-table-0", "Solde de clôture au 31/12/2080"));
        assertTrue(browser.findElement(By.id("scheme-pdf")).getDomAttribute("href").endsWith("/api/management/annual/schemes/QT-MUT?year=2080&format=pdf"));
    }

    @Test
    void theDemoYearsQuartersHaveTheirPackages() {
        browser.get(session.page("ui/quarterly-reports.xhtml?insurer=ASKIA&quarter=2025-Q1"));
        session.logIn("director", "direction2025");
        session.waiting().until(visibilityOfElementLocated(By.id("quarterly-package")));
        assertTrue(browser.findElement(By.id("loss-ratio")).getText().matches(".*\\d+,\\d\\d %.*"), "premiums earned every month of the demo");
        assertTrue(browser.findElement(By.id("subtitle")).getText().contains("ASKIA"));
        browser.get(session.page("ui/quarterly-reports.xhtml?insurer=QT-ASSUR&quarter=2081-Q1"));
        assertTrue(session.waiting().until(visibilityOfElementLocated(By.id("refused"))).getText().contains("2081-03-31"));
    }
}
