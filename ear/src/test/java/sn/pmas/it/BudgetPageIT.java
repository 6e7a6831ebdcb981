package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The Budget page in a headless Chromium: the accountant prepares 2092 from 2091 (628 moved by
 * 105 000 in February 2091), changes a cell, sends a bad workbook and reads its refused cells,
 * approves; a director reads the demo's 2026 budget against actual.
 */
class BudgetPageIT extends DeployedLedger {

    private Browser session;
    private ChromeDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        accountant.post("api/fiscal-years", "{\"year\":2091}");
        accountant.post("api/fiscal-years", "{\"year\":2092}");
        Api.Reply posted = accountant.post("api/entries", Entries.simple("OD", "2091-02-10", "BGP-91-1", "628", "571", "105000"));
        assertTrue(posted.status() == 201 || posted.status() == 200, posted::toString);
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
    void accountantPreparesEditsAndApproves() throws IOException {
        browser.get(session.page("ui/budget.xhtml?month=2092-01"));
        session.logIn("accountant", "compta2025");
        assertTrue(session.waiting().until(visibilityOfElementLocated(By.id("no-budget"))).getText().contains("2091"));
        assertTrue(browser.findElement(By.id("nav-budget")).getDomAttribute("class").contains("current"));

        WebElement growth = browser.findElement(By.id("prepare-form:growth"));
        growth.clear();
        growth.sendKeys("5");
        new Select(browser.findElement(By.id("prepare-form:spread"))).selectByValue("EVEN");
        browser.findElement(By.id("prepare-form:prepare")).click();
        session.waiting().until(visibilityOfElementLocated(By.id("budget-table")));
        assertEquals("Projet", session.textOf("budget-status"));
        // 105 000 × 1,05 = 110 250, 9 187,5 a month: 9 188 for January to June, 9 187 after
        assertEquals(List.of("628", "9 188", "9 188", "9 188", "9 188", "9 188", "9 188", "9 187", "9 187", "9 187", "9 187", "9 187", "9 187",
                "110 250"), budgetRow("628"));

        new Select(browser.findElement(By.id("cell-form:cell-account"))).selectByValue("628");
        new Select(browser.findElement(By.id("cell-form:cell-month"))).selectByValue("3");
        browser.findElement(By.id("cell-form:cell-amount")).sendKeys("12000");
        WebElement table = browser.findElement(By.id("budget-table"));
        browser.findElement(By.id("cell-form:cell-save")).click();
        session.waiting().until(Browser.left(table));
        assertEquals("12 000", budgetRow("628").get(3));
        assertEquals("113 062", budgetRow("628").get(13));
        assertTrue(browser.findElements(By.cssSelector("#chart-against-actual svg rect")).size() > 2, "the chart");

        Path bad = Files.createTempFile("budget-2092", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Api.as(base, Api.ACCOUNTANT).get("api/budget/2092/workbook").bytes())); OutputStream out = Files.newOutputStream(bad)) {
            workbook.getSheetAt(0).getRow(4).getCell(3).setCellValue("douze mille");
            workbook.write(out);
        }
        browser.findElement(By.id("workbook-file")).sendKeys(bad.toString());
        browser.findElement(By.id("workbook-upload")).click();
        session.waiting().until(textToBePresentInElementLocated(By.id("workbook-errors"), "D5"));
        assertTrue(session.textOf("workbook-message").contains("rien n'a été enregistré"), session.textOf("workbook-message"));
        Files.delete(bad);

        browser.executeScript("window.confirm = function () { return true; };");
        WebElement status = browser.findElement(By.id("budget-status"));
        browser.findElement(By.id("approve-form:approve")).click();
        session.waiting().until(Browser.left(status));
        assertEquals("Approuvé", session.textOf("budget-status"));
        assertTrue(browser.findElements(By.id("prepare-form")).isEmpty(), "an approved budget is not prepared again");
    }

    @Test
    void directorReadsTheDemoBudgetAgainstActual() {
        browser.get(session.page("ui/budget.xhtml?month=2026-01"));
        session.logIn("director", "direction2025");
        session.waiting().until(visibilityOfElementLocated(By.id("against-actual-rows")));
        assertTrue(session.textOf("budget-rule").startsWith("Réalisé 2025 + 5 %"), session.textOf("budget-rule"));
        assertTrue(browser.findElements(By.cssSelector("#budget-table tbody tr")).size() > 3, "the demo's charges and products");
        assertTrue(browser.findElements(By.id("prepare-form")).isEmpty(), "a director reads only");
        assertTrue(browser.findElement(By.id("against-actual-pdf")).getDomAttribute("href").endsWith("/api/budget/against-actual?month=2026-01&format=pdf"));
    }

    private List<String> budgetRow(String account) {
        WebElement row = browser.findElement(By.cssSelector("#budget-table tr[data-account='" + account + "']"));
        List<String> cells = new ArrayList<>();
        cells.add(row.findElement(By.tagName("th")).getText().split(" ")[0]);
        row.findElements(By.tagName("td")).forEach(cell -> cells.add(cell.getText()));
        return cells;
    }
}
