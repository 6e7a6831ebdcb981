package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The *Relevés bancaires* page in a real headless Chromium, on a bank account of its own in fiscal
 * year 2063: the accountant imports a CAMT.053 statement (progress shown), sees the bank charges
 * booked by rule and the ambiguous pair of 250 000 F receipts, picks one, and the reconciliation
 * statement ties; then the demo's sample statement is offered for download.
 */
class BankStatementPagesIT extends DeployedLedger {

    private static final int YEAR = 2063;
    private static final String BANK = "RB-UI";
    private static final String RIB = "SN0980100100000063000098";

    private Api accountant;
    private Browser session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws IOException {
        accountant = Api.as(base, Api.ACCOUNTANT);
        if (accountant.get("api/bank-accounts/" + BANK).status() != 200) {
            accountant.post("api/fiscal-years", "{\"year\":" + YEAR + "}");
            accountant.post("api/accounts", "{\"code\":\"5232\",\"name\":\"Banque RB-UI\"}");
            accountant.post("api/accounts", "{\"code\":\"5242\",\"name\":\"Chèques émis RB-UI\"}");
            accountant.post("api/bank-accounts", """
                    {"code":"RB-UI","bankName":"Ecobank Sénégal","accountNumber":"SN098 01001 000000630000 98","ledgerAccount":"5232",
                     "issuedAccount":"5242","principalsMoney":false}""");
            accountant.put("api/bank-statements/identifiers/" + BANK, "{\"identifier\":\"" + RIB + "\"}");
            accountant.post("api/entries", entry("BQ", YEAR + "-03-03", "RBUI-ADH-A", "Droit d'adhésion Alpha",
                    line("5232", "250000", null), line("103", null, "250000")));
            accountant.post("api/entries", entry("BQ", YEAR + "-03-04", "RBUI-ADH-B", "Droit d'adhésion Bêta",
                    line("5232", "250000", null), line("103", null, "250000")));
        }
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
    void theAccountantImportsAStatementPicksTheAmbiguousReceiptAndTheStatementTies() throws IOException {
        Path file = Files.createTempFile("releve-", ".xml");
        Files.writeString(file, statement(), StandardCharsets.UTF_8);

        browser.get(session.page("ui/bank-statements.xhtml?bank=" + BANK));
        session.logIn("accountant", "compta2025");
        wait.until(visibilityOfElementLocated(By.id("no-statement")));
        browser.findElement(By.id("statement-file")).sendKeys(file.toString());
        new Select(browser.findElement(By.id("statement-format"))).selectByValue("camt053");
        WebElement form = browser.findElement(By.id("statement-form"));
        browser.findElement(By.id("statement-import")).click();
        wait.until(Browser.left(form));
        wait.until(visibilityOfElementLocated(By.id("lines")));
        assertEquals(3, browser.findElements(By.cssSelector("#lines tr.line")).size());
        assertEquals("Comptabilisée par règle", browser.findElement(By.cssSelector("#lines tr.booked .badge")).getText());
        WebElement ambiguous = browser.findElement(By.cssSelector("#lines tr.ambiguous"));
        assertEquals("Ambiguë : à choisir", ambiguous.findElement(By.cssSelector(".badge")).getText());
        Select candidates = new Select(ambiguous.findElement(By.cssSelector("select.candidate")));
        assertEquals(2, candidates.getOptions().size(), "both receipts of 250 000 F within five days");
        candidates.getOptions().stream().filter(o -> o.getText().contains("Alpha")).findFirst().orElseThrow().click();
        session.screenshot("bank-statements-ambiguous.png");
        ambiguous.findElement(By.cssSelector("button.match-line")).click();
        wait.until(Browser.left(ambiguous));
        wait.until(visibilityOfElementLocated(By.id("reconciliation")));
        assertTrue(browser.findElements(By.cssSelector("#lines tr.ambiguous")).isEmpty());
        assertEquals("0", session.textOf("difference"), "the statement ties");
        assertEquals("500" + Browser.NBSP + "000", session.textOf("statement-balance"));
        assertTrue(browser.findElement(By.id("reconciliation-pdf")).getDomProperty("href").contains("format=pdf"));
        session.screenshot("bank-statements.png");

        String sample = browser.findElement(By.id("sample-camt")).getDomProperty("href");
        assertTrue(sample.contains("api/bank-statements/sample?bank=" + BANK + "&month=2025-12&format=camt053"), sample);
    }

    /** March, the account's first statement: opening 0 F, receipt 250 000 F (two candidates), an unknown transfer 255 000 F, charges 5 000 F: closing 500 000 F. */
    private static String statement() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.13"><BkToCstmrStmt><Stmt><Id>RBUI-%1$d-03</Id>
                <FrToDt><FrDtTm>%1$d-03-01T00:00:00</FrDtTm><ToDtTm>%1$d-03-31T23:59:59</ToDtTm></FrToDt>
                <Acct><Id><IBAN>SN12%2$s</IBAN></Id></Acct>
                <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="XOF">0</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>
                <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="XOF">500000</Amt><CdtDbtInd>CRDT</CdtDbtInd></Bal>
                <Ntry><Amt Ccy="XOF">250000</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>%1$d-03-05</Dt></BookgDt><AcctSvcrRef>RBUI-1</AcctSvcrRef>
                  <AddtlNtryInf>VERSEMENT ADHESION</AddtlNtryInf></Ntry>
                <Ntry><Amt Ccy="XOF">255000</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>%1$d-03-10</Dt></BookgDt><AcctSvcrRef>RBUI-2</AcctSvcrRef>
                  <NtryDtls><TxDtls><RmtInf><Ustrd>VIREMENT ORDRE INCONNU</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                <Ntry><Amt Ccy="XOF">5000</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>%1$d-03-31</Dt></BookgDt><AcctSvcrRef>RBUI-3</AcctSvcrRef>
                  <AddtlNtryInf>COMMISSION DE TENUE DE COMPTE</AddtlNtryInf></Ntry>
                </Stmt></BkToCstmrStmt></Document>
                """.formatted(YEAR, RIB);
    }
}
