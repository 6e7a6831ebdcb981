package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Events.event;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bank position journal on a hand-computed case in March 2059 (docs/bank-position.md). The
 * principals' and the pool's bank accounts carry what the demo and other tests left, so the case is
 * read as what it adds to the journal read before it: funds received, a cheque released (outstanding),
 * one held, a principal's cheque deposited (in transit), a fund call (expected), and a fiscal
 * obligation declared and unpaid in the pool's projection.
 */
class BankPositionIT extends DeployedLedger {

    private static final int YEAR = 2059;
    private static final String PRINCIPAL = "BP-ALPHA";
    private static final String FROM = YEAR + "-03-01";
    private static final String TO = YEAR + "-03-10";

    @Test
    void theJournalAndItsProjectionAddUpAHandComputedMonth() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, YEAR, PRINCIPAL, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 20_000_000, 0));
        Events.provider(accountant, "BP-PS1");
        Events.provider(accountant, "BP-PS2");
        List<JsonObject> before = days(accountant);
        JsonObject projectionBefore = accountant.get("api/bank-position/BQ-MANDANTS/projection?from=" + TO).json();

        FundCallIT.book(accountant, event("FUNDS_RECEIVED", "BP-FR-1", YEAR + "-03-02", "principal", PRINCIPAL, "amount", 5_000_000),
                claim("BP-SIN-1", "BP-PS1", 300_000), claim("BP-SIN-2", "BP-PS2", 200_000));
        String released = prepareAndHold(accountant, "BP-PS1");
        String held = prepareAndHold(accountant, "BP-PS2");
        Api.Reply release = accountant.post("api/bank-accounts/BQ-MANDANTS/releases", "{\"date\":\"" + YEAR + "-03-05\",\"cheques\":[\"" + released + "\"]}");
        assertEquals(200, release.status(), release::toString);
        Api.Reply cheque = accountant.post("api/incoming-cheques", "{\"drawer\":\"BP Alpha\",\"drawerBank\":\"CBAO\",\"number\":\"2059001\","
                + "\"amount\":1000000,\"receivedOn\":\"" + YEAR + "-03-06\",\"principal\":\"" + PRINCIPAL + "\"}");
        assertEquals(201, cheque.status(), cheque::toString);
        Api.Reply slip = accountant.post("api/deposit-slips", "{\"bankAccount\":\"BQ-MANDANTS\",\"date\":\"" + YEAR + "-03-07\",\"cheques\":[\""
                + cheque.json().getString("reference") + "\"]}");
        assertEquals(201, slip.status(), slip::toString);
        Api.Reply call = accountant.post("api/fund-calls", "{\"principal\":\"" + PRINCIPAL + "\",\"issuedOn\":\"" + YEAR + "-03-08\",\"amount\":2500000}");
        assertEquals(201, call.status(), call::toString);
        String callNumber = call.json().getString("number");

        List<JsonObject> after = days(accountant);
        assertEquals(10, after.size());
        // day by day, what the case adds: book, outstanding, held, in transit, expected
        long[][] added = {
                {0, 0, 0, 0, 0}, {5_000_000, 0, 0, 0, 0}, {5_000_000, 0, 0, 0, 0}, {5_000_000, 0, 500_000, 0, 0},
                {5_000_000, 300_000, 200_000, 0, 0}, {5_000_000, 300_000, 200_000, 0, 0}, {5_000_000, 300_000, 200_000, 1_000_000, 0},
                {5_000_000, 300_000, 200_000, 1_000_000, 1_500_000}, {5_000_000, 300_000, 200_000, 1_000_000, 1_500_000},
                {5_000_000, 300_000, 200_000, 1_000_000, 1_500_000}};
        String[] figures = {"bookBalance", "outstanding", "held", "inTransit", "expected"};
        for (int day = 0; day < 10; day++) {
            for (int figure = 0; figure < figures.length; figure++) {
                assertEquals(added[day][figure], number(after.get(day), figures[figure]) - number(before.get(day), figures[figure]),
                        figures[figure] + " on " + after.get(day).getString("day"));
            }
            assertEquals(added[day][0] - added[day][1], number(after.get(day), "available") - number(before.get(day), "available"),
                    "available = book - outstanding - margin");
            assertEquals(added[day][0] - added[day][1] - added[day][2] + added[day][3] + added[day][4],
                    number(after.get(day), "net") - number(before.get(day), "net"), "net = available - held + in transit + expected");
        }

        JsonObject projection = accountant.get("api/bank-position/BQ-MANDANTS/projection?from=" + TO).json();
        List<JsonObject> projected = projection.getJsonArray("projection").getValuesAs(JsonObject.class);
        assertEquals(31, projected.size(), "the day itself and the 30 after it");
        assertEquals(5_000_000 - 300_000 + 1_000_000, number(projected.get(0), "position")
                - number(projectionBefore.getJsonArray("projection").getJsonObject(0), "position"), "book - outstanding + in transit");
        assertEquals(List.of(YEAR + "-03-23 " + callNumber + " 1500000"), flows(projected, "FUND_CALL", callNumber),
                "the call (2 500 000) less the cheque in transit (1 000 000), due 15 days after its issue");
        assertEquals(List.of(YEAR + "-04-02 " + held + " -200000"), flows(projected, "HELD_CHEQUE", held),
                "the held cheque by its deadline: invoice received 3 March + 30 days");

        // an obligation on 448 (the ledger's amount): February's 400 000, unpaid, falls due on 20 March in the pool's projection
        accountant.post("api/fiscal-calendar/obligations", """
                {"code":"BP-TAXE","name":"Taxe de test de la position","validFrom":"2059-01-01","frequency":"MONTHLY",
                 "declarationMonths":1,"declarationDay":10,"paymentMonths":1,"paymentDay":20,"amountSource":"LEDGER","accountCode":"448"}""");
        Api.Reply tax = accountant.post("api/entries", Entries.simple("OD", YEAR + "-02-25", "BP-TAXE-0225", "648", "448", "400000"));
        assertEquals(201, tax.status(), tax::toString);
        Api.Reply generated = accountant.post("api/fiscal-calendar/years/" + YEAR, "");
        assertEquals(200, generated.status(), generated::toString);
        Api.Reply morning = accountant.post("api/fiscal-calendar/reminders/run?asOf=" + YEAR + "-03-01", "");
        assertEquals(200, morning.status(), morning::toString); // the morning's run takes ledger-fed amounts of the periods ended
        JsonObject occurrence = accountant.get("api/fiscal-calendar/occurrences?year=" + YEAR).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("obligationCode").equals("BP-TAXE") && o.getString("periodStart").equals(YEAR + "-02-01")).findFirst()
                .orElseThrow();
        assertEquals(400_000, occurrence.getJsonNumber("amount").longValue(), occurrence::toString);
        List<JsonObject> pool = accountant.get("api/bank-position/BQ-POOL/projection?from=" + TO).json().getJsonArray("projection")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(occurrence.getString("paymentDue") + " BP-TAXE " + YEAR + "-02 -400000"),
                flows(pool, "FISCAL_OBLIGATION", "BP-TAXE " + YEAR + "-02"), "the obligation unpaid, on its payment due date");
        assertTrue(pool.stream().allMatch(day -> day.getBoolean("belowMargin") == number(day, "position") < number(day, "safetyMargin")));

        assertProblem(accountant.get("api/bank-position/BQ-MANDANTS?from=" + YEAR + "-01-01&to=" + (YEAR + 1) + "-01-02"), 400, "field.invalid", "to");
        assertProblem(accountant.get("api/bank-position/NOPE?from=" + FROM + "&to=" + TO), 404, "bank-account.unknown", "bankAccount");
        byte[] pdf = accountant.get("api/bank-position/BQ-MANDANTS?from=" + FROM + "&to=" + TO + "&format=pdf").bytes();
        String text = PdfText.of(pdf);
        for (String expected : List.of("Journal de position bancaire", "compte BQ-MANDANTS du " + FROM + " au " + TO, "Projection", "10/03/2059",
                "Solde comptable")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        Api.Reply xlsx = accountant.get("api/bank-position/BQ-MANDANTS?from=" + FROM + "&to=" + TO + "&format=xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.bytes().length > 1000);
    }

    private static String claim(String reference, String provider, long amount) {
        return event("CLAIM_VALIDATED", reference, YEAR + "-03-03", "principal", PRINCIPAL, "provider", provider, "invoice", "F-" + reference,
                "careMonth", YEAR + "-02", "invoiceReceivedOn", YEAR + "-03-03", "medicalValidation", true, "amount", amount);
    }

    private static String prepareAndHold(Api accountant, String provider) {
        Api.Reply prepared = accountant.post("api/cheques/provider", "{\"bankAccount\":\"BQ-MANDANTS\",\"provider\":\"" + provider
                + "\",\"date\":\"" + YEAR + "-03-04\"}");
        assertEquals(201, prepared.status(), prepared::toString);
        String reference = prepared.jsonArray().getJsonObject(0).getString("reference");
        Api.Reply held = accountant.post("api/cheques/" + reference + "/held", "{\"date\":\"" + YEAR + "-03-04\"}");
        assertEquals(200, held.status(), held::toString);
        return reference;
    }

    private List<JsonObject> days(Api accountant) {
        Api.Reply journal = accountant.get("api/bank-position/BQ-MANDANTS?from=" + FROM + "&to=" + TO);
        assertEquals(200, journal.status(), journal::toString);
        return journal.json().getJsonArray("days").getValuesAs(JsonObject.class);
    }

    private static List<String> flows(List<JsonObject> projection, String kind, String reference) {
        return projection.stream().flatMap(day -> day.getJsonArray("flows").getValuesAs(JsonObject.class).stream()
                        .filter(flow -> flow.getString("kind").equals(kind) && flow.getString("reference").startsWith(reference))
                        .map(flow -> day.getString("day") + " " + flow.getString("reference") + " " + flow.getJsonNumber("amount").longValue()))
                .toList();
    }

    private static long number(JsonObject object, String name) {
        return object.getJsonNumber(name).longValue();
    }
}
