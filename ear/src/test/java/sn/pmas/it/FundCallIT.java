package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fund calls on fresh principals of fiscal year 2041: the proposal restores the target level, the
 * call's PDF (letter and état) shows the amounts of the ledger, receipts settle the call, and an
 * insurer's user sees its own calls only.
 */
class FundCallIT extends DeployedLedger {

    private static final int YEAR = 2041;
    /** Target 10 000 000; by 15 March: funds 6 000 000, claims 1 234 567 + 300 000, commission 140 000, manual +50 000. */
    private static final String TERANGA = "FC-TERANGA";
    private static final String CLINIC = "FC-PS-CAP";
    /** Nothing booked, target 1 000 000: the whole target is to call. */
    private static final String SAHEL = "FC-SAHEL";

    private Api accountant;

    @BeforeEach
    void principals() {
        accountant = Api.as(base, Api.ACCOUNTANT);
        if (accountant.get("api/parties/" + TERANGA).status() == 200) {
            return;
        }
        Events.principal(accountant, YEAR, TERANGA, "INSURER", agreement(10_000_000));
        Events.principal(accountant, YEAR, SAHEL, "INSURER", agreement(1_000_000));
        Events.provider(accountant, CLINIC);
        book(accountant,
                event("FUNDS_RECEIVED", "FC-FR-0115", "2041-01-15", "principal", TERANGA, "amount", 6_000_000),
                event("PREMIUM_ISSUED", "FC-Q-0120", "2041-01-20", "principal", TERANGA, "contract", "C-FC", "product", "Santé groupe",
                        "periodFrom", "2041-01-01", "periodTo", "2041-12-31", "amount", 1_000_000),
                event("CLAIM_VALIDATED", "FC-SIN-0210", "2041-02-10", "principal", TERANGA, "provider", CLINIC, "invoice", "F-0210",
                        "careMonth", "2041-01", "invoiceReceivedOn", "2041-02-01", "medicalValidation", true, "amount", 1_234_567),
                event("CLAIM_VALIDATED", "FC-SIN-0220", "2041-02-20", "principal", TERANGA, "member", "Awa Ndiaye", "invoice", "RD-0220",
                        "careMonth", "2041-02", "invoiceReceivedOn", "2041-02-18", "medicalValidation", true, "amount", 300_000),
                event("PREMIUM_COLLECTED", "FC-ENC-0225", "2041-02-25", "premium", "FC-Q-0120", "amount", 1_000_000));
        assertEquals(201, accountant.post("api/entries", entry("BQ", "2041-03-01", "FC-REGUL-0301", "Régularisation versement",
                line("5211", "50000", null), line("4581." + TERANGA, null, "50000"))).status());
    }

    /** Insurers pay 14 % of collected premiums and nothing on the funds they send. */
    static String agreement(long targetLevel) {
        return """
                {"validFrom":"%d-01-01","targetLevel":%d,"floorAmount":0,"singleClaimLimit":5000000,
                 "feeRate":0.14,"feeBase":"COLLECTED_PREMIUMS"}""".formatted(YEAR, targetLevel);
    }

    /** Books SIG events all or nothing; fails the test if they are refused. */
    static void book(Api accountant, String... events) {
        Api.Reply booked = accountant.post("api/sig/events/batch", batch(events));
        assertEquals(200, booked.status(), booked::toString);
    }

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void aCallIsProposedIssuedDocumentedAndSettledByReceipts() {
        JsonObject proposal = accountant.get("api/fund-calls/proposal?principal=" + TERANGA + "&asOf=2041-03-15").json();
        assertEquals(10_000_000, proposal.getJsonNumber("targetLevel").longValue());
        assertEquals(4_375_433, proposal.getJsonNumber("available").longValue());
        assertEquals(5_624_567, proposal.getJsonNumber("proposedAmount").longValue(), "target - available");
        assertEquals("2041-01-01", proposal.getString("statementFrom"), "first call: from the start of the fiscal year");
        assertEquals("2041-03-15", proposal.getString("statementTo"));

        Api.Reply issued = accountant.post("api/fund-calls", "{\"principal\":\"" + TERANGA + "\",\"issuedOn\":\"2041-03-15\"}");
        assertEquals(201, issued.status(), issued::toString);
        JsonObject call = issued.json();
        String number = call.getString("number");
        assertTrue(number.matches("AF-2041-\\d{4}"), number);
        assertTrue(issued.location().endsWith("/api/fund-calls/" + number), issued.location());
        assertEquals(5_624_567, call.getJsonNumber("amount").longValue());
        assertEquals("ISSUED", call.getString("status"));
        assertEquals(4_375_433, call.getJsonNumber("availableAtIssue").longValue());
        assertEquals(10_000_000, call.getJsonNumber("targetAtIssue").longValue());
        assertEquals("2041-01-01", call.getString("statementFrom"));
        assertEquals("accountant", call.getString("issuedBy"));

        String text = pdfText(accountant.get("api/fund-calls/" + number + "/document"));
        for (String expected : List.of(
                "Objet : Appel de fonds n° " + number, TERANGA + " (test)", "Compte courant n° 4581." + TERANGA,
                "compte courant à 4 375 433 F CFA au 15/03/2041", "niveau cible du fonds de roulement de 10 000 000 F CFA",
                "Montant appelé : 5 624 567 F CFA", "Le Directeur",
                "État des fonds encaissés et des dépenses supportées", "du 01/01/2041 au 15/03/2041",
                "Solde d'ouverture de la période 0", "Fonds encaissés 6 000 000", "Dépenses supportées 1 624 567",
                "Solde du compte courant au 15/03/2041 4 375 433",
                "15/01/2041 FC-FR-0115 6 000 000", "Total des fonds encaissés 6 000 000",
                "Sinistres validés", "Awa Ndiaye 300 000", CLINIC + " (test) 1 234 567", "Total sinistres validés 1 534 567",
                "Total commissions de gestion sur primes encaissées 140 000",
                "Autres mouvements Régularisation versement -50 000",
                "Total des dépenses supportées 1 624 567")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }

        book(accountant, event("FUNDS_RECEIVED", "FC-FR-0320", "2041-03-20", "principal", TERANGA, "amount", 2_000_000));
        call = accountant.get("api/fund-calls/" + number).json();
        assertEquals("PARTLY_RECEIVED", call.getString("status"));
        assertEquals(2_000_000, call.getJsonNumber("received").longValue());
        assertEquals(3_624_567, call.getJsonNumber("outstanding").longValue());

        book(accountant, event("FUNDS_RECEIVED", "FC-FR-0325", "2041-03-25", "principal", TERANGA, "amount", 4_000_000));
        call = accountant.get("api/fund-calls/" + number).json();
        assertEquals("SETTLED", call.getString("status"));
        assertEquals(5_624_567, call.getJsonNumber("received").longValue());
        assertEquals(0, call.getJsonNumber("outstanding").longValue());
        List<JsonObject> settlements = call.getJsonArray("settlements").getValuesAs(JsonObject.class);
        assertEquals(List.of("FC-FR-0320", "FC-FR-0325"), settlements.stream().map(s -> s.getString("receiptReference")).toList());
        assertEquals(List.of(2_000_000L, 3_624_567L), settlements.stream().map(s -> s.getJsonNumber("amount").longValue()).toList(),
                "the rest of the second receipt (375 433) is simply funds");

        PostingIT.assertProblem(accountant.post("api/fund-calls", "{\"principal\":\"" + TERANGA
                + "\",\"amount\":500000,\"issuedOn\":\"2041-03-15\"}"), 400, "field.invalid", "issuedOn");
        JsonObject next = accountant.post("api/fund-calls", "{\"principal\":\"" + TERANGA
                + "\",\"amount\":500000,\"issuedOn\":\"2041-04-30\"}").json();
        assertEquals("2041-03-16", next.getString("statementFrom"), "the day after the previous call");
        assertEquals(500_000, next.getJsonNumber("amount").longValue());
        assertTrue(next.getString("number").compareTo(number) > 0, "numbers follow each other within the year");
        assertEquals(List.of(next.getString("number"), number), accountant.get("api/fund-calls?principal=" + TERANGA)
                .jsonArray().getValuesAs(JsonObject.class).stream().map(c -> c.getString("number")).toList());

    }

    @Test
    void anInsurerSeesItsOwnCallsOnly() {
        String sahelCall = accountant.post("api/fund-calls", "{\"principal\":\"" + SAHEL + "\",\"issuedOn\":\"2041-05-31\"}")
                .json().getString("number");
        assertEquals(1_000_000, accountant.get("api/fund-calls/" + sahelCall).json().getJsonNumber("amount").longValue());
        Api.Reply askiaIssued = accountant.post("api/fund-calls", "{\"principal\":\"ASKIA\",\"amount\":250000,\"issuedOn\":\"2041-05-31\"}");
        assertEquals(201, askiaIssued.status(), askiaIssued::toString);
        String askiaCall = askiaIssued.json().getString("number");

        Api askia = Api.as(base, Api.INSURER_ASKIA);
        assertEquals(200, askia.get("api/fund-calls/" + askiaCall).status());
        Api.Reply ownDocument = askia.get("api/fund-calls/" + askiaCall + "/document");
        assertEquals(200, ownDocument.status(), ownDocument::toString);
        assertEquals("application/pdf", ownDocument.contentType());
        assertEquals(403, askia.get("api/fund-calls/" + sahelCall).status());
        assertEquals(403, askia.get("api/fund-calls/" + sahelCall + "/document").status());
        assertEquals(403, askia.get("api/fund-calls?principal=" + SAHEL).status());
        List<String> listed = askia.get("api/fund-calls").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("principalCode")).distinct().toList();
        assertEquals(List.of("ASKIA"), listed);
        assertEquals(403, askia.get("api/fund-calls/proposal?principal=ASKIA").status());
        assertEquals(403, askia.post("api/fund-calls", "{\"principal\":\"ASKIA\",\"amount\":1000}").status());
        assertEquals(403, Api.as(base, Api.DIRECTOR).post("api/fund-calls", "{\"principal\":\"ASKIA\",\"amount\":1000}").status());
    }

    @Test
    void refusals() {
        PostingIT.assertProblem(accountant.post("api/fund-calls", "{\"principal\":\"" + SAHEL + "\",\"amount\":0,\"issuedOn\":\"2041-06-30\"}"),
                400, "field.invalid", "amount");
        PostingIT.assertProblem(accountant.post("api/fund-calls", "{\"principal\":\"NOBODY\",\"issuedOn\":\"2041-06-30\"}"),
                404, "party.unknown", "principal");
        PostingIT.assertProblem(accountant.post("api/fund-calls", "{\"principal\":\"" + CLINIC + "\",\"issuedOn\":\"2041-06-30\"}"),
                404, "party.unknown", "principal");
        PostingIT.assertProblem(accountant.post("api/fund-calls", "{\"principal\":\"" + SAHEL + "\",\"issuedOn\":\"2099-06-30\"}"),
                422, "period.missing", "issuedOn");
        PostingIT.assertProblem(accountant.get("api/fund-calls/AF-2041-9999"), 404, "resource.not-found", "number");

        Events.principal(accountant, YEAR, "FC-PLEIN", "INSURER", agreement(500_000));
        book(accountant, event("FUNDS_RECEIVED", "FC-FR-PLEIN", "2041-02-01", "principal", "FC-PLEIN", "amount", 600_000));
        assertEquals(0, accountant.get("api/fund-calls/proposal?principal=FC-PLEIN&asOf=2041-06-30").json()
                .getJsonNumber("proposedAmount").longValue());
        PostingIT.assertProblem(accountant.post("api/fund-calls", "{\"principal\":\"FC-PLEIN\",\"issuedOn\":\"2041-06-30\"}"),
                422, "fund-call.not-needed", "amount");

        Events.principal(accountant, YEAR, "FC-INACTIF", "INSURER", agreement(500_000));
        assertEquals(200, accountant.put("api/parties/FC-INACTIF", "{\"name\":\"Assurances en sommeil\",\"active\":false}").status());
        PostingIT.assertProblem(accountant.post("api/fund-calls", "{\"principal\":\"FC-INACTIF\",\"issuedOn\":\"2041-06-30\"}"),
                422, "principal.inactive", "principal");
        assertFalse(accountant.get("api/fund-calls?principal=FC-INACTIF").jsonArray().iterator().hasNext());
    }

    static String pdfText(Api.Reply pdf) {
        assertEquals(200, pdf.status(), pdf::toString);
        assertEquals("application/pdf", pdf.contentType());
        return PdfText.of(pdf.bytes());
    }
}
