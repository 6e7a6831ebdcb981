package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quarterly package, the statistical report, the revenue split and a scheme's annual package
 * (docs/management-reports.md) on a hand-computed 2080, booked as SIG events, then closed. No other
 * test books in 2080.
 *
 * <p>Insurer QT-ASSUR (commission 14 % of premiums collected). Q1 premiums: QT-Q1 1 000 000 + 50 000
 * costs + 30 000 taxes covering Q1, collected whole 20/01 (commission 140 000); QT-Q2 610 000 covering
 * 1 March–30 April, half collected 15/03 (42 700), 5 000 refunded 20/03 (700 given back); QT-Q3
 * 1 200 000 + 36 000 taxes covering 2080, a tenth cancelled 25/03. Earned in Q1: 1 000 000 + 610 000 ×
 * 31/61 + 1 080 000 × 91/366 = 1 000 000 + 310 000 + 268 525 = 1 578 525. Q1 claims: hospital 400 000
 * (contract A, paid), pharmacy 60 000 (A) and 40 000 (B, paid), member 25 000 (B), hospital 100 000
 * (no contract) cancelled in March: 525 000, loss ratio 33,26 %. Q2: hospital 200 000 (A) against
 * 610 000 × 30/61 + 268 525 = 568 525 earned: 35,18 %. Scheme QT-MUT: 5 000 000 received in January
 * (fee 14 %: 700 000), hospital 300 000 in May (paid), member 50 000 in November.
 */
class QuarterlyReportsIT extends DeployedLedger {

    private static final String INSURER = "QT-ASSUR";
    private static final String SCHEME = "QT-MUT";
    private static final String HOSPITAL = "QT-HOP";
    private static final String PHARMACY = "QT-PHA";
    private static final String Q1 = "api/management/quarterly/" + INSURER + "?quarter=2080-Q1";

    @BeforeEach
    void books() {
        book(Api.as(base, Api.ACCOUNTANT));
    }

    /** Books the case once: 2080 is closed afterwards, so a second call finds the insurer and stops. */
    static void book(Api accountant) {
        if (accountant.get("api/parties/" + INSURER).status() == 200) {
            return;
        }
        Events.principal(accountant, 2080, INSURER, "INSURER", Events.insurerAgreement("2080-01-01", 10_000_000, 0));
        Events.principal(accountant, 2080, SCHEME, "DELEGATING_SCHEME", """
                {"validFrom":"2080-01-01","targetLevel":5000000,"floorAmount":0,"singleClaimLimit":5000000,
                 "feeRate":0.14,"feeBase":"FUNDS_RECEIVED","comment":"Convention de test"}""");
        accountant.post("api/parties", "{\"code\":\"" + HOSPITAL + "\",\"type\":\"PROVIDER\",\"name\":\"Hôpital QT\","
                + "\"conventionType\":\"HOSPITAL\",\"paymentTermDays\":30}");
        accountant.post("api/parties", "{\"code\":\"" + PHARMACY + "\",\"type\":\"PROVIDER\",\"name\":\"Pharmacie QT\","
                + "\"conventionType\":\"PHARMACY\",\"paymentTermDays\":30}");
        Api.Reply booked = accountant.post("api/sig/events/batch", batch(
                event("FUNDS_RECEIVED", "QT-FR1", "2080-01-05", "principal", INSURER, "amount", 10_000_000),
                event("FUNDS_RECEIVED", "QT-FR2", "2080-01-06", "principal", SCHEME, "amount", 5_000_000),
                issue("QT-Q1", "2080-01-02", "2080-01-01", "2080-03-31", 1_000_000, 50_000, 30_000),
                issue("QT-Q3", "2080-02-10", "2080-01-01", "2080-12-31", 1_200_000, 0, 36_000),
                issue("QT-Q2", "2080-03-01", "2080-03-01", "2080-04-30", 610_000, 0, 0),
                event("PREMIUM_COLLECTED", "QT-C1", "2080-01-20", "premium", "QT-Q1", "amount", 1_080_000),
                event("PREMIUM_COLLECTED", "QT-C2", "2080-03-15", "premium", "QT-Q2", "amount", 305_000),
                event("PREMIUM_REFUNDED", "QT-R2", "2080-03-20", "premium", "QT-Q2", "amount", 5_000),
                event("PREMIUM_CANCELLED", "QT-X3", "2080-03-25", "premium", "QT-Q3", "amount", 123_600),
                claim("QT-S1", "2080-01-25", INSURER, HOSPITAL, null, "CT-QT-A", 400_000),
                event("CLAIM_PAID", "QT-P1", "2080-02-10", "claim", "QT-S1"),
                claim("QT-S2", "2080-02-12", INSURER, PHARMACY, null, "CT-QT-A", 60_000),
                claim("QT-S3", "2080-03-05", INSURER, PHARMACY, null, "CT-QT-B", 40_000),
                event("CLAIM_PAID", "QT-P3", "2080-03-20", "claim", "QT-S3"),
                claim("QT-S4", "2080-03-10", INSURER, null, "Adhérent QT-7", "CT-QT-B", 25_000),
                claim("QT-S5", "2080-03-12", INSURER, HOSPITAL, null, null, 100_000),
                event("CLAIM_CANCELLED", "QT-A5", "2080-03-28", "claim", "QT-S5"),
                claim("QT-S6", "2080-04-15", INSURER, HOSPITAL, null, "CT-QT-A", 200_000),
                claim("QT-M1", "2080-05-10", SCHEME, HOSPITAL, null, "CT-MUT-BASE", 300_000),
                event("CLAIM_PAID", "QT-PM1", "2080-05-20", "claim", "QT-M1"),
                claim("QT-M2", "2080-11-10", SCHEME, null, "Adhérent QT-9", "CT-MUT-BASE", 50_000)));
        assertEquals(200, booked.status(), booked::toString);
        Api.Reply issued = accountant.post("api/confirmations", "{\"principal\":\"" + INSURER + "\",\"quarter\":\"2080-Q1\"}");
        assertEquals(201, issued.status(), issued::toString);
        Api.Reply answered = accountant.post("api/confirmations/" + issued.json().getJsonNumber("id").longValue() + "/answer",
                "{\"answer\":\"AGREED\"}");
        assertEquals(200, answered.status(), answered::toString);
        for (int month = 1; month <= 12; month++) {
            Api.Reply closed = accountant.post("api/periods/2080-%02d/close".formatted(month), "{}");
            assertEquals(200, closed.status(), closed::toString);
        }
        accountant.post("api/fiscal-years", "{\"year\":2081}");
    }

    private static String issue(String reference, String date, String from, String to, long premium, long costs, long taxes) {
        return event("PREMIUM_ISSUED", reference, date, "principal", INSURER, "contract", "CT-" + reference, "product", "SANTE-QT",
                "periodFrom", from, "periodTo", to, "amount", premium, "policyCosts", costs, "taxes", taxes);
    }

    private static String claim(String reference, String date, String principal, String provider, String member, String contract, long amount) {
        List<Object> fields = new java.util.ArrayList<>(List.of("principal", principal, "invoice", "F-" + reference,
                "careMonth", date.substring(0, 7), "invoiceReceivedOn", date, "amount", amount, "medicalValidation", amount > 150_000));
        if (provider != null) {
            fields.addAll(List.of("provider", provider));
        }
        if (member != null) {
            fields.addAll(List.of("member", member));
        }
        if (contract != null) {
            fields.addAll(List.of("contract", contract));
        }
        return event("CLAIM_VALIDATED", reference, date, fields.toArray());
    }

    @Test
    void theQuarterlyPackageOfAnInsurer() throws IOException {
        JsonObject pack = ok(Api.as(base, Api.DIRECTOR).get(Q1)).json();

        assertTrue(pack.getBoolean("closed"));
        JsonObject account = pack.getJsonObject("currentAccount");
        assertEquals(0, number(account, "opening"));
        assertEquals(10_000_000, number(account, "fundsReceived"));
        assertEquals(-600_000, number(account, "providerClaims"), "400 000 + 60 000 + 40 000 + the 100 000 cancelled later");
        assertEquals(-25_000, number(account, "memberClaims"));
        assertEquals(100_000, number(account, "cancelledClaims"));
        assertEquals(-182_000, number(account, "commissions"), "140 000 + 42 700 − 700");
        assertEquals(0, number(account, "fees"));
        assertEquals(0, number(account, "other"));
        assertEquals(9_293_000, number(account, "closing"));

        JsonObject premiums = pack.getJsonObject("premiums");
        assertEquals(3, number(premiums, "issuedCount"));
        assertEquals(2_926_000, number(premiums, "issued"));
        assertEquals(123_600, number(premiums, "cancelled"));
        assertEquals(1_380_000, number(premiums, "collected"), "1 080 000 + 305 000 − 5 000 refunded");
        assertEquals(182_000, number(premiums, "commission"));
        assertEquals(1_417_400, number(premiums, "unpaid"), "QT-Q2's 305 000 and nine tenths of QT-Q3");

        JsonObject claims = pack.getJsonObject("claims");
        assertEquals(List.of("Hôpitaux 1 400000 400000", "Pharmacies 2 100000 40000", "Remboursements directs aux adhérents 1 25000 0"),
                lines(claims, "byCategory"));
        assertEquals(List.of("CT-QT-A 2 460000 400000", "CT-QT-B 2 65000 40000"), lines(claims, "byContract"),
                "the cancelled claim (no contract) is gone");
        JsonObject ratio = pack.getJsonObject("lossRatio");
        assertEquals(1_578_525, number(ratio, "earnedPremiums"));
        assertEquals(525_000, number(ratio, "claims"));
        assertEquals("33.26", ratio.getJsonNumber("percent").bigDecimalValue().toPlainString());
        JsonObject confirmation = pack.getJsonObject("confirmation");
        assertEquals("AGREED", confirmation.getString("state"));
        assertEquals(9_293_000, number(confirmation, "balance"));
        assertEquals(0, number(confirmation, "difference"));

        String pdf = PdfText.of(ok(Api.as(base, Api.DIRECTOR).get(Q1 + "&format=pdf")).bytes());
        for (String expected : List.of("Liasse de consolidation trimestrielle", "QT-ASSUR (test) (QT-ASSUR) — trimestre 2080-Q1 (périodes clôturées)",
                "Solde d'ouverture au 01/01/2080 0", "Fonds reçus 10 000 000", "Sinistres des prestataires (tiers payant) -600 000",
                "Sinistres annulés avant paiement 100 000", "Commissions de gestion -182 000", "Solde de clôture au 31/03/2080 9 293 000",
                "Primes émises 2 926 000 3", "Primes impayées au 31/03/2080 1 417 400", "Hôpitaux 1 400 000 400 000",
                "CT-QT-B 2 65 000 40 000", "2080-Q1 1 578 525 525 000 33,26 %", "Cumul du 01/01 au 31/03/2080 1 578 525 525 000 33,26 %", "solde confirmé le", "Écart avec le solde de clôture 0")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
        Api.Reply xlsx = ok(Api.as(base, Api.DIRECTOR).get(Q1 + "&format=xlsx"));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("liasse-trimestrielle-QT-ASSUR-2080-Q1.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("Fonds reçus", 10_000_000.0), ReportIT.rowStartingWith(sheet, "Fonds reçus"));
            assertEquals(List.of("Solde de clôture au 31/03/2080", 9_293_000.0), ReportIT.rowStartingWith(sheet, "Solde de clôture au 31/03/2080"));
            assertEquals(List.of("Pharmacies", 2.0, 100_000.0, 40_000.0), ReportIT.rowStartingWith(sheet, "Pharmacies"));
            List<Object> ratioRow = ReportIT.rowStartingWith(sheet, "2080-Q1");
            assertEquals(List.of("2080-Q1", 1_578_525.0, 525_000.0), ratioRow.subList(0, 3));
            assertEquals(0.3326, (Double) ratioRow.get(3), 1e-9);
        }
    }

    @Test
    void theLossRatioOfEachQuarterToDate() {
        JsonObject pack = ok(Api.as(base, Api.ACCOUNTANT).get("api/management/quarterly/" + INSURER + "?quarter=2080-Q2")).json();
        List<JsonObject> quarters = pack.getJsonArray("yearToDate").getValuesAs(JsonObject.class);
        assertEquals(List.of("2080-Q1", "2080-Q2"), quarters.stream().map(q -> q.getString("span")).toList());
        assertEquals(568_525, number(quarters.get(1), "earnedPremiums"), "610 000 × 30/61 + 1 080 000 × 91/366");
        assertEquals(200_000, number(quarters.get(1), "claims"));
        assertEquals("35.18", quarters.get(1).getJsonNumber("percent").bigDecimalValue().toPlainString());
        JsonObject cumulative = pack.getJsonObject("cumulative");
        assertEquals("2080-01-01/2080-06-30", cumulative.getString("span"));
        assertEquals(2_147_049, number(cumulative, "earnedPremiums"),
                "1 000 000 + 610 000 + 1 080 000 × 182/366 rounded once: a franc below the quarters' 1 578 525 + 568 525");
        assertEquals(725_000, number(cumulative, "claims"));
        assertEquals("33.77", cumulative.getJsonNumber("percent").bigDecimalValue().toPlainString());
        assertEquals(9_293_000, number(pack.getJsonObject("currentAccount"), "opening"), "Q1's closing");
        assertEquals("NOT_ISSUED", pack.getJsonObject("confirmation").getString("state"));
    }

    @Test
    void theStatisticalReportDetailsClaimsPerContractAndMemberFile() throws IOException {
        JsonObject report = ok(Api.as(base, Api.AUDITOR).get("api/management/statistics/" + SCHEME + "?year=2080")).json();
        JsonObject claims = report.getJsonObject("claims");
        assertEquals(List.of("Hôpital QT (QT-HOP, Hôpitaux) 1 300000 300000", "Remboursements directs aux adhérents 1 50000 0"),
                lines(claims, "byProvider"));
        assertEquals(List.of("CT-MUT-BASE 2 350000 300000"), lines(claims, "byContract"));
        assertEquals(List.of("Adhérent QT-9 1 50000 0"), lines(claims, "byMember"));

        String pdf = PdfText.of(ok(Api.as(base, Api.DIRECTOR).get("api/management/statistics/" + INSURER + "?quarter=2080-Q1&format=pdf")).bytes());
        for (String expected : List.of("Rapport statistique des sinistres", "du 01/01/2080 au 31/03/2080",
                "Pharmacie QT (QT-PHA, Pharmacies) 2 100 000 40 000", "CT-QT-A 2 460 000 400 000", "Adhérent QT-7 1 25 000 0", "Total 4 525 000 440 000")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
        Api.Reply xlsx = ok(Api.as(base, Api.DIRECTOR).get("api/management/statistics/" + INSURER + "?quarter=2080-Q1&format=xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertEquals(List.of("Adhérent QT-7", 1.0, 25_000.0, 0.0), ReportIT.rowStartingWith(workbook.getSheetAt(0), "Adhérent QT-7"));
        }
    }

    @Test
    void theRevenueSplitSumsExactly() throws IOException {
        JsonObject split = ok(Api.as(base, Api.DIRECTOR).get("api/management/annual/revenue?year=2080")).json();
        List<JsonObject> shares = split.getJsonArray("shares").getValuesAs(JsonObject.class);
        assertEquals(List.of(INSURER + " 182000 0 182000 20.63", SCHEME + " 0 700000 700000 79.37"), shares.stream()
                .map(s -> s.getString("principal") + " " + number(s, "commissions") + " " + number(s, "fees") + " " + number(s, "revenue") + " "
                        + s.getJsonNumber("share").bigDecimalValue().toPlainString()).toList(),
                "20.634 9 and 79.365 1: the hundredth left goes to the larger remainder");
        assertEquals(882_000, number(split, "revenue"));

        String pdf = PdfText.of(ok(Api.as(base, Api.DIRECTOR).get("api/management/annual/revenue?year=2080&format=pdf")).bytes());
        assertTrue(pdf.contains("QT-MUT (test) (QT-MUT) 0 700 000 700 000 79,37 %") && pdf.contains("Total 182 000 700 000 882 000 100,00 %"), pdf);
        Api.Reply xlsx = ok(Api.as(base, Api.DIRECTOR).get("api/management/annual/revenue?year=2080&format=xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertEquals(List.of("Total", 182_000.0, 700_000.0, 882_000.0, 1.0), ReportIT.rowStartingWith(workbook.getSheetAt(0), "Total"));
        }
    }

    @Test
    void theSchemeGetsItsClosedAccountAndStatistics() throws IOException {
        JsonObject pack = ok(Api.as(base, Api.DIRECTOR).get("api/management/annual/schemes/" + SCHEME + "?year=2080")).json();
        JsonObject account = pack.getJsonObject("currentAccount");
        assertEquals(List.of(5_000_000L, -700_000L, -300_000L, -50_000L, 3_950_000L), List.of(number(account, "fundsReceived"),
                number(account, "fees"), number(account, "providerClaims"), number(account, "memberClaims"), number(account, "closing")));
        assertTrue(pack.getBoolean("closed"));
        String pdf = PdfText.of(ok(Api.as(base, Api.DIRECTOR).get("api/management/annual/schemes/" + SCHEME + "?year=2080&format=pdf")).bytes());
        for (String expected : List.of("Comptes et statistiques annuels du mandant", "exercice 2080 (exercice clôturé)", "Honoraires de gestion -700 000",
                "Solde de clôture au 31/12/2080 3 950 000", "Détail par dossier adhérent", "Adhérent QT-9 1 50 000 0")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
        Api.Reply xlsx = ok(Api.as(base, Api.DIRECTOR).get("api/management/annual/schemes/" + SCHEME + "?year=2080&format=xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertEquals(List.of("CT-MUT-BASE", 2.0, 350_000.0, 300_000.0), ReportIT.rowStartingWith(workbook.getSheetAt(0), "CT-MUT-BASE"));
        }
    }

    @Test
    void anInsurerGetsItsOwnPackageOnly() {
        Api askia = Api.as(base, Api.INSURER_ASKIA);
        assertProblem(askia.get(Q1), 403, "auth.forbidden", null);
        assertProblem(askia.get(Q1 + "&format=pdf"), 403, "auth.forbidden", null);
        assertProblem(askia.get("api/management/statistics/" + INSURER + "?quarter=2080-Q1"), 403, "auth.forbidden", null);
        assertEquals(403, askia.get("api/management/annual/revenue?year=2080").status());
        assertEquals(403, askia.get("api/management/annual/schemes/" + SCHEME + "?year=2080").status());
        JsonObject own = ok(askia.get("api/management/quarterly/ASKIA?quarter=2025-Q1")).json();
        assertEquals("ASKIA", own.getString("insurer"));
        assertEquals(401, Api.as(base, null).get(Q1).status());
    }

    @Test
    void badRequestsAreNamed() {
        Api director = Api.as(base, Api.DIRECTOR);
        assertProblem(director.get("api/management/quarterly/" + INSURER), 400, "field.required", "quarter");
        assertProblem(director.get("api/management/quarterly/" + INSURER + "?quarter=2080-Q5"), 400, "field.invalid", "quarter");
        assertProblem(director.get("api/management/quarterly/" + INSURER + "?quarter=2081-Q1"), 409, "report.period-not-ended", "quarter");
        assertProblem(director.get("api/management/quarterly/" + INSURER + "?quarter=2084-Q1"), 422, "period.missing", "quarter");
        assertProblem(director.get("api/management/quarterly/NOPE?quarter=2080-Q1"), 404, "party.unknown", "insurer");
        assertProblem(director.get("api/management/quarterly/" + SCHEME + "?quarter=2080-Q1"), 404, "party.unknown", "insurer");
        assertProblem(director.get(Q1 + "&format=docx"), 400, "field.invalid", "format");
        assertProblem(director.get("api/management/statistics/" + HOSPITAL + "?year=2080"), 404, "party.unknown", "principal");
        assertProblem(director.get("api/management/statistics/" + INSURER + "?year=80"), 400, "field.invalid", "year");
        assertProblem(director.get("api/management/annual/revenue?year=2081"), 409, "report.period-not-ended", "year");
        assertProblem(director.get("api/management/annual/revenue"), 400, "field.required", "year");
        assertProblem(director.get("api/management/annual/schemes/" + INSURER + "?year=2080"), 404, "party.unknown", "scheme");
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    private static long number(JsonObject object, String name) {
        return object.getJsonNumber(name).longValue();
    }

    private static List<String> lines(JsonObject claims, String breakdown) {
        return claims.getJsonArray(breakdown).getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("label") + " " + number(l, "claims") + " " + number(l, "amount") + " " + number(l, "paid")).toList();
    }
}
