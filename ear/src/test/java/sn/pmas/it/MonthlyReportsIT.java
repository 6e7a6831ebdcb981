package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monthly tables (docs/management-reports.md) of a fresh insurer on a hand-computed March 2065,
 * with March 2064 as the year before, booked as SIG events. No other test books premiums in
 * 2064–2065, so the pool's flows are this insurer's.
 *
 * <p>2064: MG-P1 800 000 (group, March), 400 000 collected 20 March, the rest never paid. 2065:
 * MG-Q1 1 080 000 (group, January, due 1 January), 540 000 collected 15 February, 108 000 cancelled
 * 25 March; MG-Q2 216 000 (no group, March, due 1 March), collected 10 March, 54 000 refunded
 * 20 March; MG-Q3 500 000 (group, issued 15 March, due 1 April).
 */
class MonthlyReportsIT extends DeployedLedger {

    private static final String INSURER = "MG-ASSUR";
    private static final String GROUP = "MG-GO1";
    private static final String GROUP_LINE = "Groupe de gestion MG — SANTE-GROUPE";
    private static final String NO_GROUP_LINE = "Sans groupe souscripteur — SANTE-INDIV";
    private static final String MARCH = "month=2065-03&insurer=" + INSURER;

    @BeforeEach
    void books() {
        book(Api.as(base, Api.ACCOUNTANT));
    }

    /** Books the case (a replay the second time: the SIG API answers 200 with the first booking). */
    static void book(Api accountant) {
        Events.principal(accountant, 2064, INSURER, "INSURER", Events.insurerAgreement("2064-01-01", 10_000_000, 0));
        accountant.post("api/fiscal-years", "{\"year\":2065}");
        accountant.post("api/parties", "{\"code\":\"" + GROUP + "\",\"type\":\"SUBSCRIBER_GROUP\",\"name\":\"Groupe de gestion MG\"}");
        Api.Reply booked = accountant.post("api/sig/events/batch", batch(
                event("FUNDS_RECEIVED", "MG-FR-1", "2064-01-02", "principal", INSURER, "amount", 5_000_000),
                issue("MG-P1", "2064-03-05", GROUP, "SANTE-GROUPE", "2064-03-01", "2064-03-31", 800_000, 0, 0),
                event("PREMIUM_COLLECTED", "MG-C0", "2064-03-20", "premium", "MG-P1", "amount", 400_000),
                issue("MG-Q1", "2065-01-10", GROUP, "SANTE-GROUPE", "2065-01-01", "2065-03-31", 1_000_000, 50_000, 30_000),
                issue("MG-Q2", "2065-03-05", null, "SANTE-INDIV", "2065-03-01", "2065-03-31", 200_000, 10_000, 6_000),
                issue("MG-Q3", "2065-03-15", GROUP, "SANTE-GROUPE", "2065-04-01", "2065-06-30", 500_000, 0, 0),
                event("PREMIUM_COLLECTED", "MG-C1", "2065-02-15", "premium", "MG-Q1", "amount", 540_000),
                event("PREMIUM_COLLECTED", "MG-C2", "2065-03-10", "premium", "MG-Q2", "amount", 216_000),
                event("PREMIUM_REFUNDED", "MG-R1", "2065-03-20", "premium", "MG-Q2", "amount", 54_000),
                event("PREMIUM_CANCELLED", "MG-X1", "2065-03-25", "premium", "MG-Q1", "amount", 108_000)));
        assertEquals(200, booked.status(), booked::toString);
    }

    private static String issue(String reference, String date, String group, String product, String periodFrom, String periodTo,
                                long premium, long policyCosts, long taxes) {
        List<Object> fields = new ArrayList<>(List.of("principal", INSURER, "contract", "CT-" + reference, "product", product,
                "periodFrom", periodFrom, "periodTo", periodTo, "amount", premium, "policyCosts", policyCosts, "taxes", taxes));
        if (group != null) {
            fields.addAll(List.of("subscriberGroup", group));
        }
        return event("PREMIUM_ISSUED", reference, date, fields.toArray());
    }

    @Test
    void productionOfTheMonthTheYearToDateAndTheYearBefore() throws IOException {
        JsonObject production = ok(Api.as(base, Api.DIRECTOR).get("api/management/monthly/production?" + MARCH)).json();

        assertEquals("Tableau de production", production.getString("title"));
        assertEquals("MG-ASSUR (test)", production.getString("scope"));
        assertFalse(production.getBoolean("closed"), "March 2065 is open");
        assertEquals("Groupe souscripteur — produit", production.getString("lineHeading"));
        assertEquals(List.of(NO_GROUP_LINE, GROUP_LINE, "Total"), labels(production));
        // issued month, quittances month, same month 2064, issued 2065 to date, quittances to date, 2064 to date, change
        assertRow(production, NO_GROUP_LINE, 216_000L, 1L, 0L, 216_000L, 1L, 0L, 216_000L);
        assertRow(production, GROUP_LINE, 500_000L, 1L, 800_000L, 1_580_000L, 2L, 800_000L, 780_000L);
        assertRow(production, "Total", 716_000L, 2L, 800_000L, 1_796_000L, 3L, 800_000L, 996_000L);
        JsonObject chart = production.getJsonObject("chart");
        assertEquals(List.of(1_080_000L, 0L, 716_000L), values(chart, 0), "2065 by month");
        assertEquals(List.of(0L, 0L, 800_000L), values(chart, 1), "2064 by month");

        JsonObject pool = ok(Api.as(base, Api.ACCOUNTANT).get("api/management/monthly/production?month=2065-03")).json();
        assertTrue(PremiumRegisterIT.absent(pool, "insurer"), "no insurer asked by staff: the pool");
        assertEquals("Compagnie", pool.getString("lineHeading"));
        assertEquals(List.of("MG-ASSUR (test)", "Total"), labels(pool), "the pool's lines are its insurers");
        assertRow(pool, "Total", 716_000L, 2L, 800_000L, 1_796_000L, 3L, 800_000L, 996_000L);

        String pdf = PdfText.of(ok(Api.as(base, Api.DIRECTOR).get("api/management/monthly/production?" + MARCH + "&format=pdf")).bytes());
        for (String expected : List.of("Tableau de production", "MG-ASSUR (test) — 2065-03", "période ouverte", "Groupe souscripteur — produit", "Émis cumul annuel",
                GROUP_LINE + " 500 000 1 800 000 1 580 000 2 800 000 780 000", "Total 716 000 2 800 000 1 796 000 3 800 000 996 000")) {
            assertTrue(pdf.contains(expected), expected + " in " + pdf);
        }
        Api.Reply xlsx = ok(Api.as(base, Api.DIRECTOR).get("api/management/monthly/production?" + MARCH + "&format=xlsx"));
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("tableau-production-MG-ASSUR-2065-03.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of(GROUP_LINE, 500_000.0, 1.0, 800_000.0, 1_580_000.0, 2.0, 800_000.0, 780_000.0), ReportIT.rowStartingWith(sheet, GROUP_LINE));
            assertEquals(List.of("Total", 716_000.0, 2.0, 800_000.0, 1_796_000.0, 3.0, 800_000.0, 996_000.0), ReportIT.rowStartingWith(sheet, "Total"));
        }
    }

    @Test
    void collectionsNetOfRefundsWithTheCommissionTaken() throws IOException {
        JsonObject collections = ok(Api.as(base, Api.AUDITOR).get("api/management/monthly/collections?" + MARCH)).json();

        // collected net month, commission month, same month 2064, collected to date, commission to date, 2064 to date, change
        assertRow(collections, NO_GROUP_LINE, 162_000L, 21_000L, 0L, 162_000L, 21_000L, 0L, 162_000L);
        assertRow(collections, GROUP_LINE, 0L, 0L, 400_000L, 540_000L, 70_000L, 400_000L, 140_000L);
        assertRow(collections, "Total", 162_000L, 21_000L, 400_000L, 702_000L, 91_000L, 400_000L, 302_000L);
        assertEquals(List.of(0L, 540_000L, 162_000L), values(collections.getJsonObject("chart"), 0));

        String pdf = PdfText.of(ok(Api.as(base, Api.DIRECTOR).get("api/management/monthly/collections?" + MARCH + "&format=pdf")).bytes());
        assertTrue(pdf.contains("Tableau des encaissements") && pdf.contains("Commission du mois")
                && pdf.contains("Total 162 000 21 000 400 000 702 000 91 000 400 000 302 000"), pdf);
        Api.Reply xlsx = ok(Api.as(base, Api.DIRECTOR).get("api/management/monthly/collections?" + MARCH + "&format=xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertEquals(List.of("Total", 162_000.0, 21_000.0, 400_000.0, 702_000.0, 91_000.0, 400_000.0, 302_000.0),
                    ReportIT.rowStartingWith(workbook.getSheetAt(0), "Total"));
        }
    }

    @Test
    void arrearsAgeMonthAfterMonth() throws IOException {
        JsonObject arrears = ok(Api.as(base, Api.DIRECTOR).get("api/management/monthly/arrears?" + MARCH)).json();

        assertEquals(List.of("Fin janvier 2065", "Fin février 2065", "Fin mars 2065", "Fin mars 2064 (N-1)"), labels(arrears));
        // not due, 0-30, 31-60, 61-90, 91-180, over 180, total; MG-P1's 400 000 is over 180 days late all year
        assertRow(arrears, "Fin janvier 2065", 0L, 1_080_000L, 0L, 0L, 0L, 400_000L, 1_480_000L);
        assertRow(arrears, "Fin février 2065", 0L, 0L, 540_000L, 0L, 0L, 400_000L, 940_000L);
        assertRow(arrears, "Fin mars 2065", 500_000L, 0L, 0L, 432_000L, 0L, 400_000L, 1_332_000L);
        assertRow(arrears, "Fin mars 2064 (N-1)", 0L, 400_000L, 0L, 0L, 0L, 0L, 400_000L);
        JsonObject chart = arrears.getJsonObject("chart");
        assertTrue(chart.getBoolean("stacked"));
        assertEquals(List.of(0L, 540_000L, 0L), values(chart, 2), "31 à 60 jours");

        String pdf = PdfText.of(ok(Api.as(base, Api.DIRECTOR).get("api/management/monthly/arrears?" + MARCH + "&format=pdf")).bytes());
        assertTrue(pdf.contains("Tableau d'évolution des arriérés") && pdf.contains("Plus de 180 jours")
                && pdf.contains("Fin mars 2065 500 000 0 0 432 000 0 400 000 1 332 000"), pdf);
        Api.Reply xlsx = ok(Api.as(base, Api.DIRECTOR).get("api/management/monthly/arrears?" + MARCH + "&format=xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            assertEquals(List.of("Fin février 2065", 0.0, 0.0, 540_000.0, 0.0, 0.0, 400_000.0, 940_000.0),
                    ReportIT.rowStartingWith(workbook.getSheetAt(0), "Fin février 2065"));
        }
    }

    @Test
    void anInsurerGetsItsOwnTablesOnly() {
        Api askia = Api.as(base, Api.INSURER_ASKIA);
        assertProblem(askia.get("api/management/monthly/production?" + MARCH), 403, "auth.forbidden", null);
        assertProblem(askia.get("api/management/monthly/arrears?" + MARCH + "&format=pdf"), 403, "auth.forbidden", null);

        JsonObject own = ok(askia.get("api/management/monthly/production?month=2065-03")).json();
        assertEquals("ASKIA", own.getString("insurer"), "no insurer asked: its own, never the pool");
        assertEquals(List.of("Total"), labels(own), "ASKIA issued nothing in 2065");
        Api.Reply pdf = ok(askia.get("api/management/monthly/collections?month=2065-03&insurer=ASKIA&format=pdf"));
        assertTrue(PdfText.of(pdf.bytes()).contains("Tableau des encaissements"));
        assertEquals(401, Api.as(base, null).get("api/management/monthly/production?month=2065-03").status());
    }

    @Test
    void badRequestsAreNamed() {
        Api director = Api.as(base, Api.DIRECTOR);
        assertProblem(director.get("api/management/monthly/budget?month=2065-03"), 404, "resource.not-found", "table");
        assertProblem(director.get("api/management/monthly/production?month=2065-13"), 400, "field.invalid", "month");
        assertProblem(director.get("api/management/monthly/production"), 400, "field.required", "month");
        assertProblem(director.get("api/management/monthly/production?month=2087-01"), 422, "period.missing", "month");
        assertProblem(director.get("api/management/monthly/production?month=2065-03&insurer=NOPE"), 404, "party.unknown", "insurer");
        assertProblem(director.get("api/management/monthly/arrears?month=2065-03&insurer=" + GROUP), 404, "party.unknown", "insurer");
        assertProblem(director.get("api/management/monthly/production?" + MARCH + "&format=docx"), 400, "field.invalid", "format");
    }

    private static Api.Reply ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply;
    }

    private static List<String> labels(JsonObject table) {
        return table.getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(row -> row.getString("label")).toList();
    }

    private static void assertRow(JsonObject table, String label, Long... figures) {
        JsonObject row = table.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(candidate -> candidate.getString("label").equals(label)).findFirst().orElseThrow(() -> new AssertionError(label));
        assertEquals(Arrays.asList(figures), row.getJsonArray("figures").stream()
                .map(value -> value.getValueType() == JsonValue.ValueType.NULL ? null : ((jakarta.json.JsonNumber) value).longValue())
                .toList(), label);
    }

    private static List<Long> values(JsonObject chart, int series) {
        return chart.getJsonArray("series").getJsonObject(series).getJsonArray("values").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::longValue).toList();
    }
}
