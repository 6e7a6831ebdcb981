package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bank statements on a fresh bank account of fiscal year 2062 (docs/bank-statements.md), on a case
 * computed by hand: 5 000 000 F brought in January (before the first statement, so in its opening
 * balance); two receipts of 300 000 F booked on 3 and 5 February, one on the statement (an
 * ambiguous pair); three cheques released on 10 February (200 000, 150 000, 100 000 F), the first
 * and third paid by the bank; a transfer the books do not know (42 000 F) and bank charges (5 000 F).
 * February's statement (CAMT.053) closes at 5 037 000 F; March's (CSV) pays the second cheque and
 * credits 1 250 F of interest.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BankStatementIT extends DeployedLedger {

    private static final int YEAR = 2062;
    private static final String BANK = "RB-TEST";
    private static final String RIB = "SN0990100100000062000099";
    private static final String IBAN = "SN47" + RIB;

    private Api accountant;

    @BeforeEach
    void bankAccount() {
        accountant = Api.as(base, Api.ACCOUNTANT);
        if (accountant.get("api/bank-accounts/" + BANK).status() == 200) {
            return;
        }
        accountant.post("api/fiscal-years", "{\"year\":" + YEAR + "}");
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"5231\",\"name\":\"Banque RB-TEST\"}").status());
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"5241\",\"name\":\"Chèques émis RB-TEST\"}").status());
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"4016\",\"name\":\"Fournisseur RB-TEST\"}").status());
        Api.Reply registered = accountant.post("api/bank-accounts", """
                {"code":"RB-TEST","bankName":"Banque Atlantique Sénégal","accountNumber":"SN099 01001 000000620000 99","ledgerAccount":"5231",
                 "issuedAccount":"5241","principalsMoney":false}""");
        assertEquals(201, registered.status(), registered::toString);
        assertEquals(200, accountant.put("api/bank-statements/identifiers/" + BANK, "{\"identifier\":\"SN099 01001 000000620000 99\"}").status());
        assertEquals(201, accountant.post("api/bank-accounts/" + BANK + "/cheque-books",
                "{\"firstNumber\":1,\"lastNumber\":20,\"receivedOn\":\"" + YEAR + "-01-02\"}").status());
        posted(entry("BQ", YEAR + "-01-02", "RB-FUND", "Virement du compte de fonctionnement", line("5231", "5000000", null), line("5212", null, "5000000")));
        posted(entry("OD", YEAR + "-01-05", "RB-FAC", "Facture fournisseur", line("605", "450000", null), line("4016", null, "450000")));
        posted(entry("BQ", YEAR + "-02-03", "RB-ADH-A", "Droit d'adhésion A", line("5231", "300000", null), line("103", null, "300000")));
        posted(entry("BQ", YEAR + "-02-05", "RB-ADH-B", "Droit d'adhésion B", line("5231", "300000", null), line("103", null, "300000")));
        for (long[] cheque : new long[][] {{1, 200_000}, {2, 150_000}, {3, 100_000}}) {
            Api.Reply prepared = accountant.post("api/cheques/payable", """
                    {"bankAccount":"RB-TEST","kind":"SUPPLIER","account":"4016","payee":"Fournisseur RB","amount":%d,"date":"%d-02-09","number":%d}"""
                    .formatted(cheque[1], YEAR, cheque[0]));
            assertEquals(201, prepared.status(), prepared::toString);
            assertEquals(200, accountant.post("api/cheques/" + reference(cheque[0]) + "/held", "{\"date\":\"" + YEAR + "-02-09\"}").status());
        }
        Api.Reply released = accountant.post("api/bank-accounts/" + BANK + "/releases", "{\"date\":\"" + YEAR + "-02-10\",\"cheques\":[\""
                + reference(1) + "\",\"" + reference(2) + "\",\"" + reference(3) + "\"]}");
        assertEquals(200, released.status(), released::toString);
    }

    @Test
    @Order(1)
    void malformedFilesAreRefusedByLineAndWriteNothing() {
        assertProblem(camt("<Document><oops"), 422, "statement.unreadable", "body");
        Api.Reply badEntries = camt(february("RB-ERR", IBAN, 5_000_000, 5_037_000)
                .replace("<Amt Ccy=\"XOF\">200000</Amt>", "<Amt Ccy=\"XOF\">200000.50</Amt>")
                .replace("<Dt>" + YEAR + "-02-16</Dt>", "<Dt>16/02/" + YEAR + "</Dt>"));
        assertProblem(badEntries, 422, "statement.rejected", "body");
        List<JsonObject> errors = badEntries.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 3, 3), errors.stream().map(e -> e.getInt("line")).toList(), badEntries::toString);
        assertEquals(List.of("Amt", "BookgDt", "ValDt"), errors.stream().map(e -> e.getString("field")).toList());
        Api.Reply unknown = camt(february("RB-ERR", "SN47SN0000000000000000000000", 5_000_000, 5_037_000));
        assertProblem(unknown, 422, "statement.rejected", "body");
        assertEquals("statement.unknown-account", unknown.json().getJsonArray("errors").getJsonObject(0).getString("code"));
        assertProblem(camt(february("RB-ERR", IBAN, 5_000_000, 5_000_000)), 422, "statement.balance-mismatch", "closingBalance");
        Api.Reply wrongColumns = accountant.post("api/bank-statements?format=csv&bankAccount=" + BANK + "&openingBalance=0", "text/csv",
                "Date;Montant\n01/02/2062;100\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(wrongColumns, 422, "statement.mapping-missing", "bankAccount");
        assertEquals(0, accountant.get("api/bank-statements?bankAccount=" + BANK).jsonArray().size(), "nothing written");
    }

    @Test
    @Order(2)
    void februarysCamtStatementMatchesChequesBooksChargesAndLeavesTheAmbiguousPairToTheAccountant() {
        Api.Reply imported = camt(february("RB-2062-02", IBAN, 5_000_000, 5_037_000));
        assertEquals(200, imported.status(), imported::toString);
        JsonObject statement = imported.json();
        assertEquals(5, statement.getInt("lines"));
        assertEquals(2, statement.getInt("matched"), "the two cheques, by number and amount");
        assertEquals(1, statement.getInt("booked"), "the bank charges, by rule");
        assertEquals(1, statement.getInt("ambiguous"), "300 000 F: two receipts fit");
        assertEquals(1, statement.getInt("unmatched"), "the unknown transfer");
        assertEquals("CASHED", accountant.get("api/cheques/" + reference(1)).json().getString("status"));
        assertEquals("CASHED", accountant.get("api/cheques/" + reference(3)).json().getString("status"));
        assertEquals("RELEASED", accountant.get("api/cheques/" + reference(2)).json().getString("status"));

        assertProblem(camt(february("RB-2062-02", IBAN, 5_000_000, 5_037_000)), 409, "statement.already-imported", "statementId");
        Api.Reply overlap = camt(february("RB-2062-02-BIS", IBAN, 5_037_000, 5_074_000));
        assertProblem(overlap, 409, "statement.overlap", "body");
        assertEquals(5, overlap.json().getJsonArray("errors").size(), "every line already imported is listed");

        JsonObject detail = accountant.get("api/bank-statements/" + statement.getJsonNumber("id").longValue()).json();
        JsonObject ambiguous = lines(detail).stream().filter(l -> l.getString("status").equals("AMBIGUOUS")).findFirst().orElseThrow();
        List<JsonObject> candidates = ambiguous.getJsonArray("candidates").getValuesAs(JsonObject.class);
        assertEquals(2, candidates.size(), ambiguous::toString);
        JsonObject booked = lines(detail).stream().filter(l -> l.getString("status").equals("BOOKED")).findFirst().orElseThrow();
        assertEquals("booking", booked.getJsonArray("matches").getJsonObject(0).getString("register"));

        JsonObject tied = reconciliation(YEAR + "-02-28");
        assertEquals(5_145_000, tied.getJsonNumber("bookBalance").longValue(), "5231 5 295 000 less 150 000 issued not cashed");
        assertEquals(150_000, tied.getJsonNumber("outstandingChequesTotal").longValue());
        assertEquals(600_000, tied.getJsonNumber("bookNotOnStatementTotal").longValue(), "both receipts until one is picked");
        assertEquals(342_000, tied.getJsonNumber("bankNotBookedTotal").longValue());
        assertEquals(5_037_000, tied.getJsonNumber("statementBalance").longValue());
        assertEquals(0, tied.getJsonNumber("difference").longValue(), tied::toString);

        String first = candidates.stream().filter(c -> c.getString("label").contains("adhésion A")).findFirst().orElseThrow().getString("reference");
        long lineId = ambiguous.getJsonNumber("id").longValue();
        assertProblem(accountant.post("api/bank-statements/lines/" + lineId + "/match", "{\"items\":[\"cheques.outgoing|" + reference(2) + "\"]}"),
                422, "statement.match-amount", "items");
        Api.Reply matched = accountant.post("api/bank-statements/lines/" + lineId + "/match", "{\"items\":[\"ledger|" + first + "\"]}");
        assertEquals(200, matched.status(), matched::toString);
        assertEquals("MATCHED", matched.json().getString("status"));

        JsonObject after = reconciliation(YEAR + "-02-28");
        assertEquals(300_000, after.getJsonNumber("bookNotOnStatementTotal").longValue(), "receipt B is not on the statement yet");
        assertEquals(42_000, after.getJsonNumber("bankNotBookedTotal").longValue());
        assertEquals(5_037_000, after.getJsonNumber("expectedStatementBalance").longValue());
        assertTrue(after.getBoolean("tied"), after::toString);
        Api.Reply undone = accountant.post("api/bank-statements/lines/" + lineId + "/unmatch", "");
        assertEquals("UNMATCHED", undone.json().getString("status"), undone::toString);
        assertEquals(200, accountant.post("api/bank-statements/lines/" + lineId + "/match", "{\"items\":[\"ledger|" + first + "\"]}").status());
    }

    @Test
    @Order(3)
    void marchsCsvStatementChainsPaysTheLastChequeBooksInterestAndImportsOnceWhenSentTwiceAtOnce() throws Exception {
        Api.Reply mapping = accountant.put("api/bank-statements/csv-mappings/" + BANK, """
                {"separator":";","dateColumn":"Date opération","valueDateColumn":"Date valeur","labelColumn":"Libellé",
                 "debitColumn":"Débit","creditColumn":"Crédit","referenceColumn":"Référence","chequeNumberColumn":"N° chèque",
                 "dateFormat":"dd/MM/yyyy","decimalComma":true}""");
        assertEquals(200, mapping.status(), mapping::toString);
        String header = "Date opération;Date valeur;Libellé;Débit;Crédit;Référence;N° chèque\n";
        Api.Reply badLine = csv(header + "02/03/2062;02/03/2062;CHEQUE 2;150 000,00;;RB-M-1;2\n32/03/2062;;INTERETS;;abc;RB-M-2;\n", null);
        assertProblem(badLine, 422, "statement.rejected", "body");
        assertEquals(List.of(3, 3), badLine.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getInt("line")).toList());
        assertProblem(csv(header + "02/03/2062;02/03/2062;CHEQUE 2;150 000,00;;RB-M-1;2\n", 4_000_000L), 422, "statement.balance-chain", "openingBalance");

        byte[] march = (header + "02/03/2062;02/03/2062;CHEQUE 0000002;150 000,00;;RB-M-1;2\n"
                + "31/03/2062;31/03/2062;INTERETS CREDITEURS T1;;1 250,00;RB-M-2;\n").getBytes(StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Reply>> replies = pool.invokeAll(List.of(() -> csvBytes(march), () -> csvBytes(march)));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                statuses.add(reply.get().status());
                assertTrue(reply.get().status() < 500, reply.get()::toString);
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(2, accountant.get("api/bank-statements?bankAccount=" + BANK).jsonArray().size(), "one statement of March");
        assertEquals("CASHED", accountant.get("api/cheques/" + reference(2)).json().getString("status"));

        JsonObject tied = reconciliation(YEAR + "-03-31");
        assertEquals(5_146_250, tied.getJsonNumber("bookBalance").longValue(), "5 295 000 − 150 000 + 1 250, nothing issued left");
        assertEquals(0, tied.getJsonNumber("outstandingChequesTotal").longValue());
        assertEquals(4_888_250, tied.getJsonNumber("statementBalance").longValue());
        assertEquals(0, tied.getJsonNumber("difference").longValue(), tied::toString);
    }

    @Test
    @Order(4)
    void theReconciliationStatementPrintsTheSameFiguresInPdfAndExcel() throws Exception {
        String text = FundCallIT.pdfText(accountant.get("api/bank-reconciliation?bank=" + BANK + "&asOf=" + YEAR + "-02-28&format=pdf"));
        for (String expected : List.of("État de rapprochement bancaire", "compte RB-TEST au 28/02/" + YEAR,
                "Solde comptable au 28/02/" + YEAR + " (5231 + 5241) 5 145 000",
                "Plus : chèques émis non encore débités par la banque (1) 150 000",
                "Chèque n° 2 à Fournisseur RB " + reference(2) + " 10/02/" + YEAR + " 150 000",
                "Moins : écritures du compte non encore au relevé (1) -300 000", "Droit d'adhésion B",
                "Plus ou moins : opérations du relevé non comptabilisées (1) 42 000", "VIREMENT RECU ORDRE INCONNU RB-F-4 20/02/" + YEAR + " 42 000",
                "Solde du relevé attendu 5 037 000", "Solde du relevé RB-2062-02 5 037 000", "Écart : le rapprochement est équilibré 0")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        Api.Reply xlsx = accountant.get("api/bank-reconciliation?bank=" + BANK + "&asOf=" + YEAR + "-02-28&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            List<String> found = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row row : workbook.getSheetAt(0)) {
                StringBuilder line = new StringBuilder();
                row.forEach(cell -> line.append(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        ? Long.toString((long) cell.getNumericCellValue()) : cell.toString()).append('|'));
                found.add(line.toString());
            }
            assertTrue(found.stream().anyMatch(l -> l.startsWith("Solde du relevé attendu|") && l.contains("|5037000|")), found::toString);
        }
    }

    @Test
    @Order(5)
    void theDemosDecemberStatementsWereImportedBeforeClosing2025AndTie() {
        Api.Reply csv = accountant.get("api/bank-statements/sample?bank=BQ-MANDANTS&month=2025-12&format=csv");
        assertEquals(200, csv.status(), csv::toString);
        assertTrue(csv.text().startsWith("Date opération;Date valeur;Libellé;Débit;Crédit;Référence;N° chèque\n"), csv::toString);
        assertEquals(0, accountant.get("api/cheques?bankAccount=BQ-MANDANTS&status=DELIVERED").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("releasedOn").startsWith("2025")).count(),
                "every cheque handed over in 2025 was cashed by December's statement");

        // the demo loader imported December's statement of each bank account (docs/year-end.md, "The demo")
        JsonObject statement = accountant.get("api/bank-statements?bankAccount=BQ-MANDANTS").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getString("statementId").equals("BQ-MANDANTS-2025-12")).findFirst().orElseThrow();
        assertEquals(1, statement.getInt("booked"), "the account-keeping fee, by the charges rule");
        assertEquals(0, statement.getInt("unmatched"), statement::toString);
        assertEquals(2, statement.getInt("ambiguous"), "the two top-ups of 2 500 000 F two days apart, left to the accountant");
        JsonObject tied = reconciliation("BQ-MANDANTS", "2025-12-31");
        assertEquals(0, tied.getJsonNumber("difference").longValue(), tied::toString);
        assertEquals(5_000_000, tied.getJsonNumber("bankNotBookedTotal").longValue(), "the pair, until the accountant picks");
        assertTrue(tied.getJsonNumber("outstandingChequesTotal").longValue() > 0, "the cheque released but not handed over");
        assertEquals(0, reconciliation("BQ-POOL", "2025-12-31").getJsonNumber("difference").longValue(), "the pool's account too");
        assertProblem(accountant.post("api/bank-statements?format=csv&bankAccount=BQ-MANDANTS", "text/csv", csv.bytes()),
                409, "statement.overlap", "body");
    }

    @Test
    @Order(6)
    void aLineBookedByARuleIsUndoneByUnmatchingItWhichReversesItsEntryNeverByReversingTheEntry() {
        JsonObject february = accountant.get("api/bank-statements?bankAccount=" + BANK).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("statementId").equals("RB-2062-02")).findFirst().orElseThrow();
        JsonObject detail = accountant.get("api/bank-statements/" + february.getJsonNumber("id").longValue()).json();
        JsonObject charges = lines(detail).stream().filter(l -> l.getString("status").equals("BOOKED")).findFirst().orElseThrow();
        long lineId = charges.getJsonNumber("id").longValue();
        long entryId = charges.getJsonArray("matches").getJsonObject(0).getJsonNumber("entryId").longValue();
        JsonObject before = reconciliation(YEAR + "-02-28");

        Api.Reply direct = accountant.post("api/entries/" + entryId + "/reversal", "{\"reason\":\"Frais comptabilisés à tort\"}");
        assertProblem(direct, 409, "entry.owned-by-subledger", "entryId");
        assertTrue(direct.json().getString("detail").contains("Ligne de relevé n° " + lineId), direct::toString);

        Api.Reply undone = accountant.post("api/bank-statements/lines/" + lineId + "/unmatch", "");
        assertEquals(200, undone.status(), undone::toString);
        assertEquals("UNMATCHED", undone.json().getString("status"));
        JsonObject after = reconciliation(YEAR + "-02-28");
        assertEquals(before.getJsonNumber("bookBalance").longValue() + 5_000, after.getJsonNumber("bookBalance").longValue(),
                "the charges' entry is reversed");
        assertEquals(before.getJsonNumber("bankNotBookedTotal").longValue() - 5_000, after.getJsonNumber("bankNotBookedTotal").longValue(),
                "the charges are on the statement, no longer in the books");
        assertEquals(before.getJsonNumber("bookNotOnStatementTotal").longValue(), after.getJsonNumber("bookNotOnStatementTotal").longValue(),
                "neither the booking nor its reversal waits for the bank");
        assertEquals(0, after.getJsonNumber("difference").longValue(), after::toString);
        assertProblem(accountant.post("api/bank-statements/lines/" + lineId + "/unmatch", ""), 409, "statement.line-not-matched", "line");
    }

    private JsonObject reconciliation(String asOf) {
        return reconciliation(BANK, asOf);
    }

    private JsonObject reconciliation(String bank, String asOf) {
        Api.Reply reply = accountant.get("api/bank-reconciliation?bank=" + bank + "&asOf=" + asOf);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<JsonObject> lines(JsonObject detail) {
        return detail.getJsonArray("lines").getValuesAs(JsonObject.class);
    }

    private void posted(String entry) {
        Api.Reply reply = accountant.post("api/entries", entry);
        assertEquals(201, reply.status(), reply::toString);
    }

    private Api.Reply camt(String xml) {
        return accountant.post("api/bank-statements?format=camt053", "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Reply csv(String text, Long opening) {
        return accountant.post("api/bank-statements?format=csv&bankAccount=" + BANK + (opening == null ? "" : "&openingBalance=" + opening),
                "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private Api.Reply csvBytes(byte[] content) {
        return accountant.post("api/bank-statements?format=csv&bankAccount=" + BANK, "text/csv", content);
    }

    private static String reference(long number) {
        return BANK + "-" + String.format("%07d", number);
    }

    /** February's statement in camt.053.001.08. */
    private static String february(String id, String account, long opening, long closing) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>
                <GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>%2$d-03-01T08:00:00</CreDtTm></GrpHdr>
                <Stmt><Id>%1$s</Id><ElctrncSeqNb>2</ElctrncSeqNb>
                <FrToDt><FrDtTm>%2$d-02-01T00:00:00</FrDtTm><ToDtTm>%2$d-02-28T23:59:59</ToDtTm></FrToDt>
                <Acct><Id><IBAN>%3$s</IBAN></Id><Ccy>XOF</Ccy></Acct>
                <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="XOF">%4$d</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%2$d-02-01</Dt></Dt></Bal>
                <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="XOF">%5$d</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>%2$d-02-28</Dt></Dt></Bal>
                %6$s%7$s%8$s%9$s%10$s
                </Stmt></BkToCstmrStmt></Document>
                """.formatted(id, YEAR, account, opening, closing,
                ntry("RB-F-1", 300_000, "CRDT", "02-06", null, "VERSEMENT ESPECES ADHESION"),
                ntry("RB-F-2", 200_000, "DBIT", "02-14", 1L, "CHEQUE 0000001"),
                ntry("RB-F-3", 100_000, "DBIT", "02-16", 3L, "CHEQUE 0000003"),
                ntry("RB-F-4", 42_000, "CRDT", "02-20", null, "VIREMENT RECU ORDRE INCONNU"),
                ntry("RB-F-5", 5_000, "DBIT", "02-28", null, "FRAIS TENUE DE COMPTE FEVRIER"));
    }

    private static String ntry(String reference, long amount, String direction, String day, Long cheque, String label) {
        return "<Ntry><NtryRef>N-" + reference + "</NtryRef><Amt Ccy=\"XOF\">" + amount + "</Amt><CdtDbtInd>" + direction
                + "</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>" + YEAR + "-" + day + "</Dt></BookgDt><ValDt><Dt>" + YEAR + "-" + day
                + "</Dt></ValDt><AcctSvcrRef>" + reference + "</AcctSvcrRef><BkTxCd/><AddtlNtryInf>" + label + "</AddtlNtryInf>"
                + (cheque == null ? "" : "<NtryDtls><TxDtls><Refs><ChqNb>" + cheque + "</ChqNb></Refs></TxDtls></NtryDtls>") + "</Ntry>\n";
    }
}
