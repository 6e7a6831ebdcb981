package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import sn.pmas.sig.EventFileFormat;
import sn.pmas.sig.SigEvent;

/**
 * The accountant's working-fund pages in a real headless Chromium: a refused file and a good
 * workbook imported through the import page (upload by script, with the session's cookie), the
 * principals with their days of cover and the one under its floor highlighted, its statement,
 * its below-floor alert acknowledged then resolved, and a fund call issued from the proposal, with
 * its PDF. Works in August 2037 on principals of its own.
 */
class PrincipalsPageIT extends DeployedLedger {

    private static final String LOW = "UIPAGE-LOW";
    private static final String HIGH = "UIPAGE-HIGH";
    private static final String PROVIDER = "UIPAGE-PRV";
    private static final String NBSP = Browser.NBSP;

    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;
    private Path files;

    @BeforeEach
    void start() throws IOException {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, 2037, LOW, "INSURER", Events.insurerAgreement("2037-01-01", 10_000_000, 5_000_000));
        Events.principal(accountant, 2037, HIGH, "INSURER", Events.insurerAgreement("2037-01-01", 10_000_000, 1_000_000));
        Events.provider(accountant, PROVIDER);
        files = Files.createTempDirectory("pmas-import-");
        session = Browser.open(base);
        browser = session.driver();
        wait = session.waiting();
    }

    @AfterEach
    void stop() throws IOException {
        if (session != null) {
            session.close();
        }
        try (var listing = Files.list(files)) {
            for (Path file : listing.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(files);
    }

    @Test
    void anAccountantImportsAMonthThenFollowsTheWorkingFunds() throws IOException {
        browser.get(session.page("ui/import.xhtml"));
        session.logIn("accountant", "compta2025");
        importsARefusedFileThenAGoodOne();
        readsThePrincipalsOnAugust31();
        readsTheStatementOfThePrincipalBelowItsFloor();
        acknowledgesThenResolvesItsAlert();
        issuesAFundCallFromTheProposal();
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), 2037);
    }

    private void importsARefusedFileThenAGoodOne() throws IOException {
        upload("refus.csv", """
                type;reference;date;principal;amount
                FUNDS_RECEIVED;UIPAGE-FR-0;2037-08-02;UIPAGE-LOW;100000
                FUNDS_RECEIVED;UIPAGE-FR-00;2037-08-02;UIPAGE-LOW;cent mille
                """.getBytes(StandardCharsets.UTF_8));
        WebElement refusal = wait.until(visibilityOfElementLocated(By.id("outcome-message")));
        assertEquals("Fichier refusé : rien n'a été comptabilisé. 1 motif à corriger, puis importer à nouveau le fichier entier :",
                refusal.getText());
        List<String> reason = browser.findElements(By.cssSelector("#error-table tr.import-error td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("3", "UIPAGE-FR-00", "amount"), reason.subList(0, 3), reason::toString);
        assertTrue(reason.get(3).contains("« cent mille » n'est pas un montant"), reason::toString);
        session.screenshot("import-refused.png");

        upload("aout-2037.xlsx", EventFileFormat.XLSX.write(august()));
        wait.until(driver -> driver.findElement(By.id("outcome-message")).getText().contains("comptabilisés"));
        assertEquals("4 événements lus : 4 comptabilisés, 0 déjà reçu (sans nouvelle écriture).", session.textOf("outcome-message"));
        assertFalse(browser.findElement(By.id("error-table")).isDisplayed(), "the previous refusal is gone");
        assertFalse(browser.findElement(By.id("progress")).isDisplayed(), "the progress bar is put away");
    }

    private void readsThePrincipalsOnAugust31() {
        browser.findElement(By.id("nav-principals")).click();
        WebElement today = wait.until(visibilityOfElementLocated(By.id("principals")));
        browser.get(session.page("ui/principals.xhtml?asOf=2037-08-31"));
        wait.until(Browser.left(today));
        assertEquals("Situation au 31 août 2037", session.textOf("as-of-label"));
        List<String> low = cells(LOW);
        assertEquals(List.of(LOW, LOW + " (test)", "Compagnie", "1" + NBSP + "000" + NBSP + "000", "90" + NBSP + "000",
                "910" + NBSP + "000", "910", "10" + NBSP + "000" + NBSP + "000", "9" + NBSP + "090" + NBSP + "000"),
                low.subList(0, 9), "held, committed, available, days of cover (910 000 ÷ 1 000 a day), target, proposed call");
        assertTrue(rowClass(LOW).contains("below-floor"), "910 000 F is under its 5 000 000 F floor");
        List<String> high = cells(HIGH);
        assertEquals("8" + NBSP + "550" + NBSP + "000", high.get(5));
        assertEquals("1710", high.get(6), "8 550 000 ÷ 5 000 a day");
        assertFalse(rowClass(HIGH).contains("below-floor"));
        session.screenshot("principals-2037-08-31.png");
    }

    private void readsTheStatementOfThePrincipalBelowItsFloor() {
        browser.findElement(By.cssSelector("#principal-" + LOW + " a.statement-link")).click();
        wait.until(visibilityOfElementLocated(By.id("statement")));
        assertEquals(LOW + " (test)", session.textOf("principal-name"));
        assertEquals("0", session.textOf("opening-balance"));
        assertEquals("90" + NBSP + "000", session.textOf("total-debits"));
        assertEquals("1" + NBSP + "000" + NBSP + "000", session.textOf("total-credits"));
        assertEquals("910" + NBSP + "000", session.textOf("closing-balance"));
        List<String> claim = browser.findElements(By.cssSelector("#statement tr.movement")).get(1)
                .findElements(By.tagName("td")).stream().map(cell -> cell.getDomProperty("textContent").strip()).toList();
        assertEquals(List.of("20/08/2037", "OP", "UIPAGE-CV-1", "Sinistre validé"), claim.subList(0, 4), claim::toString);
        assertEquals("910" + NBSP + "000", claim.get(7), "the balance after the claim");
        session.screenshot("statement-2037.png");
        String pdf = browser.findElement(By.id("pdf-link")).getDomProperty("href");
        assertTrue(pdf.endsWith("/pmas/api/principals/" + LOW + "/statement?from=2037-01-01&to=2037-08-31&format=pdf"), pdf);
        Api.Reply document = Api.as(base, Api.ACCOUNTANT).get(pdf.substring(pdf.indexOf("api/")));
        assertEquals("application/pdf", document.contentType(), document::toString);
    }

    private void acknowledgesThenResolvesItsAlert() {
        browser.findElement(By.id("nav-alerts")).click();
        WebElement alert = wait.until(driver -> belowFloorAlertOf(LOW));
        alert.findElement(By.cssSelector("textarea.comment-input")).sendKeys("Appel de fonds envoyé");
        alert.findElement(By.cssSelector("input.acknowledge")).click();
        wait.until(Browser.left(alert));
        String done = wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
        assertTrue(done.matches("Alerte n° \\d+ prise en compte\\."), done);
        browser.findElement(By.id("state-ACKNOWLEDGED")).click();
        alert = wait.until(driver -> belowFloorAlertOf(LOW));
        assertTrue(alert.findElement(By.cssSelector(".acknowledged-by")).getText().startsWith("Prise en compte par accountant le "));
        session.screenshot("alerts-acknowledged.png");
        assertEquals("« Appel de fonds envoyé »", alert.findElement(By.cssSelector(".comment")).getText());
        alert.findElement(By.cssSelector("textarea.comment-input")).sendKeys("Fonds reçus");
        alert.findElement(By.cssSelector("input.resolve")).click();
        wait.until(Browser.left(alert));
        browser.findElement(By.id("state-RESOLVED")).click();
        alert = wait.until(driver -> belowFloorAlertOf(LOW));
        assertTrue(alert.findElement(By.cssSelector(".resolved-by")).getText().startsWith("Résolue par accountant le "));
        assertTrue(alert.findElements(By.cssSelector("form.alert-actions")).isEmpty(), "nothing left to do on it");
    }

    private void issuesAFundCallFromTheProposal() {
        browser.get(session.page("ui/principals.xhtml?asOf=2037-08-31"));
        wait.until(visibilityOfElementLocated(By.cssSelector("#principal-" + LOW + " a.fund-call-link"))).click();
        wait.until(visibilityOfElementLocated(By.id("proposal")));
        assertEquals("10" + NBSP + "000" + NBSP + "000", session.textOf("proposal-target"));
        assertEquals("910" + NBSP + "000", session.textOf("proposal-available"));
        assertEquals("9" + NBSP + "090" + NBSP + "000", session.textOf("proposal-amount"));
        WebElement amount = browser.findElement(By.cssSelector("input.amount-input"));
        assertEquals("9" + NBSP + "090" + NBSP + "000", amount.getDomProperty("value"), "the proposed amount, prefilled");
        amount.clear();
        amount.sendKeys("9 100 000");
        WebElement form = browser.findElement(By.id("proposal"));
        browser.findElement(By.cssSelector("input[value=\"Émettre l'appel\"]")).click();
        wait.until(Browser.left(form));
        String issued = wait.until(visibilityOfElementLocated(By.cssSelector("#messages li"))).getText();
        assertTrue(issued.matches("Appel de fonds n° AF-2037-\\d{4} émis pour " + LOW + " : 9 100 000 F\\."), issued);
        WebElement call = browser.findElement(By.cssSelector("#fund-calls tr.just-issued"));
        List<String> row = call.findElements(By.tagName("td")).stream().map(cell -> cell.getDomProperty("textContent").strip()).toList();
        assertEquals(List.of(LOW + " — " + LOW + " (test)", "31/08/2037", "9" + NBSP + "100" + NBSP + "000", "0",
                "9" + NBSP + "100" + NBSP + "000", "Émis"), row.subList(1, 7), row::toString);
        session.screenshot("fund-calls.png");
        String letter = call.findElement(By.cssSelector("a.document-link")).getDomProperty("href");
        Api.Reply pdf = Api.as(base, Api.ACCOUNTANT).get(letter.substring(letter.indexOf("api/")));
        assertEquals("application/pdf", pdf.contentType(), pdf::toString);
        assertTrue(PdfText.of(pdf.bytes()).contains("9 100 000"), "the amount called is in the letter");
    }

    /** Funds for both principals, then one claim each: LOW ends under its floor, HIGH well above. */
    private static List<SigEvent> august() {
        return List.of(
                funds("UIPAGE-FR-1", LOW, "1000000"),
                funds("UIPAGE-FR-2", HIGH, "9000000"),
                claim("UIPAGE-CV-1", "2037-08-20", LOW, "90000", false),
                claim("UIPAGE-CV-2", "2037-08-21", HIGH, "450000", true));
    }

    private static SigEvent funds(String reference, String principal, String amount) {
        return new SigEvent("FUNDS_RECEIVED", reference, "2037-08-03", principal, new BigDecimal(amount), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, "Versement de " + principal, null);
    }

    private static SigEvent claim(String reference, String date, String principal, String amount, boolean medical) {
        return new SigEvent("CLAIM_VALIDATED", reference, date, principal, new BigDecimal(amount), null, null, null, null, null,
                null, null, null, null, PROVIDER, null, "FAC-" + reference, "2037-08", "2037-08-10", medical, null, null,
                null, null);
    }

    private void upload(String name, byte[] content) throws IOException {
        Path file = Files.write(files.resolve(name), content);
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import")).click();
    }

    private List<String> cells(String principal) {
        return browser.findElements(By.cssSelector("#principal-" + principal + " td")).stream()
                .map(cell -> cell.getDomProperty("textContent").strip()).toList();
    }

    private String rowClass(String principal) {
        return browser.findElement(By.id("principal-" + principal)).getDomProperty("className");
    }

    /** The row of the principal's below-floor alert on the page shown, or null (for waiting). */
    private WebElement belowFloorAlertOf(String principal) {
        return browser.findElements(By.cssSelector("#alerts tr.alert-row")).stream()
                .filter(row -> row.getText().contains(principal) && row.getText().contains("Fonds sous le seuil"))
                .findFirst().orElse(null);
    }
}
