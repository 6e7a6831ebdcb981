package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Events.event;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The treasury's pages in a real headless Chromium, on a bank account of its own in fiscal year
 * 2058: the release planner proposes the cheque the position covers and says why the other stays
 * held, the accountant confirms, then voids the held one from the register. The Tableau des chèques
 * bloqués of the same date, as PDF and XLSX, shows the planner's order and decisions.
 */
class ChequePagesIT extends DeployedLedger {

    private static final int YEAR = 2058;
    private static final String NBSP = Browser.NBSP;
    private static final String BANK = "CQ-UI";

    private Api accountant;
    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private String soon;
    private String late;

    @BeforeEach
    void start() throws IOException {
        accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, YEAR, "CQUI-INS", "INSURER", Events.insurerAgreement(YEAR + "-01-01", 5_000_000, 0));
        Events.provider(accountant, "CQUI-PS1");
        Events.provider(accountant, "CQUI-PS2");
        accountant.post("api/accounts", "{\"code\":\"5218\",\"name\":\"Banque CQ-UI\"}");
        accountant.post("api/accounts", "{\"code\":\"52198\",\"name\":\"Chèques émis CQ-UI\"}");
        accountant.post("api/bank-accounts", """
                {"code":"CQ-UI","bankName":"Banque de l'Habitat du Sénégal","accountNumber":"SN-UI","ledgerAccount":"5218",
                 "issuedAccount":"52198","principalsMoney":true}""");
        accountant.post("api/bank-accounts/" + BANK + "/cheque-books", "{\"firstNumber\":101,\"lastNumber\":125,\"receivedOn\":\"" + YEAR + "-01-02\"}");
        accountant.post("api/entries", entry("BQ", YEAR + "-01-02", "CQUI-FUND", "Virement vers CQ-UI",
                line("5218", "400000", null), line("5211", null, "400000")));
        FundCallIT.book(accountant,
                event("FUNDS_RECEIVED", "CQUI-FR", YEAR + "-01-03", "principal", "CQUI-INS", "amount", 5_000_000),
                event("CLAIM_VALIDATED", "CQUI-SIN-1", YEAR + "-01-10", "principal", "CQUI-INS", "provider", "CQUI-PS1", "invoice", "F-UI-1",
                        "careMonth", YEAR + "-01", "invoiceReceivedOn", YEAR + "-01-10", "medicalValidation", true, "amount", 500_000),
                event("CLAIM_VALIDATED", "CQUI-SIN-2", YEAR + "-01-10", "principal", "CQUI-INS", "provider", "CQUI-PS2", "invoice", "F-UI-2",
                        "careMonth", YEAR + "-01", "invoiceReceivedOn", YEAR + "-01-05", "medicalValidation", true, "amount", 150_000));
        late = prepareAndHold("CQUI-PS1");
        soon = prepareAndHold("CQUI-PS2");
        session = Browser.open(base);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void stop() throws IOException {
        if (session != null) {
            session.close();
        }
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void theAccountantReleasesWhatThePlannerProposesThenVoidsAHeldCheque() throws IOException {
        heldChequesTableShowsThePlannersOrderAndDecisions();

        browser.get(session.page("ui/release-planner.xhtml?bankAccount=" + BANK + "&date=" + YEAR + "-02-01"));
        session.logIn("accountant", "compta2025");
        wait.until(visibilityOfElementLocated(By.id("position")));
        assertEquals("400" + NBSP + "000", session.textOf("available"));
        assertEquals("650" + NBSP + "000", session.textOf("held"));
        assertTrue(browser.findElement(By.id("release-" + soon)).isDisplayed(), "PS2's deadline (4 February) comes first");
        assertEquals("Banque à court de 250" + NBSP + "000" + NBSP + "F",
                browser.findElement(By.cssSelector("#stay-" + late + " td.reason")).getDomProperty("textContent").strip());
        session.screenshot("release-planner.png");

        WebElement form = browser.findElement(By.id("confirm-form"));
        browser.findElement(By.cssSelector("input[value='Débloquer les chèques cochés']")).click();
        wait.until(Browser.left(form));
        assertEquals("1 chèque(s) débloqué(s) pour 150 000 F.",
                wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText());
        assertEquals(250_000, accountant.get("api/bank-accounts/" + BANK + "/position?asOf=" + YEAR + "-02-01").json()
                .getJsonNumber("available").longValue());

        browser.get(session.page("ui/cheques.xhtml?bankAccount=" + BANK));
        WebElement held = wait.until(visibilityOfElementLocated(By.id("cheque-" + late)));
        assertEquals("Débloqué", browser.findElement(By.cssSelector("#cheque-" + soon + " .badge")).getText());
        assertEquals("Bloqué", held.findElement(By.cssSelector(".badge")).getText());
        browser.executeScript("arguments[0].value = '" + YEAR + "-02-02'", held.findElement(By.name("stepDate")));
        held.findElement(By.name("reason")).sendKeys("Facture contestée");
        held.findElement(By.cssSelector("input.void")).click();
        wait.until(Browser.left(held));
        assertEquals("Chèque " + late + " : annulé.", wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText());
        assertEquals("Annulé", browser.findElement(By.cssSelector("#cheque-" + late + " .badge")).getText());
        assertTrue(browser.findElement(By.id("cheque-" + late)).getText().contains("Annulé : Facture contestée"));
        session.screenshot("cheques.png");
    }

    private void heldChequesTableShowsThePlannersOrderAndDecisions() throws IOException {
        String text = FundCallIT.pdfText(accountant.get("api/bank-accounts/" + BANK + "/held-cheques?asOf=" + YEAR + "-02-01&format=pdf"));
        for (String expected : List.of("Tableau des chèques bloqués", "compte CQ-UI au 01/02/" + YEAR,
                "1 " + soon + " Prestataire de santé CQUI-PS2 (test) CQUI-INS 150 000 31/01/" + YEAR + " 1 04/02/" + YEAR + " À débloquer",
                "2 " + late + " Prestataire de santé CQUI-PS1 (test) CQUI-INS 500 000 31/01/" + YEAR + " 1 09/02/" + YEAR
                        + " Banque à court de 250 000 F",
                "Total des chèques bloqués (2) 650 000")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        Api.Reply xlsx = accountant.get("api/bank-accounts/" + BANK + "/held-cheques?asOf=" + YEAR + "-02-01&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<Object> values = new ArrayList<>();
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC) {
                        values.add(cell.getNumericCellValue());
                    } else if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
                        values.add(cell.getStringCellValue());
                    }
                }
                if (!values.isEmpty() && values.get(0) instanceof Double) {
                    rows.add(values);
                }
            }
            assertEquals(List.of(1d, soon, "Prestataire de santé", "CQUI-PS2 (test)", "CQUI-INS", 150_000d, "31/01/" + YEAR, 1d,
                    "04/02/" + YEAR, "À débloquer"), rows.get(0));
            assertEquals(500_000d, rows.get(1).get(5));
            assertEquals("Banque à court de 250" + NBSP + "000" + NBSP + "F", rows.get(1).get(9));
        }
    }

    private String prepareAndHold(String provider) {
        Api.Reply prepared = accountant.post("api/cheques/provider",
                "{\"bankAccount\":\"" + BANK + "\",\"provider\":\"" + provider + "\",\"date\":\"" + YEAR + "-01-31\"}");
        assertEquals(201, prepared.status(), prepared::toString);
        String reference = prepared.jsonArray().getJsonObject(0).getString("reference");
        JsonObject held = accountant.post("api/cheques/" + reference + "/held", "{\"date\":\"" + YEAR + "-01-31\"}").json();
        assertEquals("HELD", held.getString("status"));
        return reference;
    }
}
