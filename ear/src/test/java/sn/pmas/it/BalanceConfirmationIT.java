package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Events.event;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Quarterly balance confirmations in fiscal year 2042, on a fresh insurer: the letter shows the
 * ledger's balance at quarter end, the principal's answer is recorded once, a dispute carries its
 * observations, and a quarter is confirmed once per principal.
 */
class BalanceConfirmationIT extends DeployedLedger {

    private static final int YEAR = 2042;
    /** Q1 2042: funds 3 000 000, claim 800 000, balance 2 200 000; in April another 1 000 000. */
    private static final String KAYOR = "BC-KAYOR";

    private Api accountant;

    @BeforeEach
    void principal() {
        accountant = Api.as(base, Api.ACCOUNTANT);
        if (accountant.get("api/parties/" + KAYOR).status() == 200) {
            return;
        }
        Events.principal(accountant, YEAR, KAYOR, "INSURER", """
                {"validFrom":"2042-01-01","targetLevel":5000000,"floorAmount":0,"singleClaimLimit":5000000,
                 "feeRate":0.14,"feeBase":"COLLECTED_PREMIUMS"}""");
        Events.provider(accountant, "BC-PS-LOUGA");
        FundCallIT.book(accountant,
                event("FUNDS_RECEIVED", "BC-FR-0120", "2042-01-20", "principal", KAYOR, "amount", 3_000_000),
                event("CLAIM_VALIDATED", "BC-SIN-0215", "2042-02-15", "principal", KAYOR, "provider", "BC-PS-LOUGA", "invoice", "F-0215",
                        "careMonth", "2042-01", "invoiceReceivedOn", "2042-02-01", "medicalValidation", true, "amount", 800_000),
                event("FUNDS_RECEIVED", "BC-FR-0405", "2042-04-05", "principal", KAYOR, "amount", 1_000_000));
    }

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void theLetterShowsTheQuarterEndBalanceAndTheAnswerIsRecordedOnce() {
        Api.Reply issued = accountant.post("api/confirmations", "{\"principal\":\"" + KAYOR + "\",\"quarter\":\"2042-Q1\"}");
        assertEquals(201, issued.status(), issued::toString);
        JsonObject confirmation = issued.json();
        long id = confirmation.getJsonNumber("id").longValue();
        assertTrue(issued.location().endsWith("/api/confirmations/" + id), issued.location());
        assertEquals(2_200_000, confirmation.getJsonNumber("balance").longValue(), "April's receipt is not in Q1");
        assertEquals("2042-Q1", confirmation.getString("quarter"));
        assertEquals("2042-03-31", confirmation.getString("quarterEnd"));
        assertEquals("4581." + KAYOR, confirmation.getString("accountCode"));
        assertFalse(confirmation.containsKey("answer"), "not answered yet");

        PostingIT.assertProblem(accountant.post("api/confirmations", "{\"principal\":\"" + KAYOR + "\",\"quarter\":\"2042-Q1\"}"),
                409, "confirmation.exists", "quarter");

        String text = FundCallIT.pdfText(accountant.get("api/confirmations/" + id + "/letter"));
        for (String expected : List.of(KAYOR + " (test)", "Compte courant n° 4581." + KAYOR,
                "Objet : Confirmation du solde de votre compte courant au 31/03/2042",
                "Solde au 31/03/2042 : 2 200 000 F CFA (créditeur, en votre faveur)",
                "COUPON-RÉPONSE — Confirmation de solde n° " + id,
                "Nous sommes d'accord avec ce solde", "Nous sommes en désaccord avec ce solde. Observations")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }

        String answerPath = "api/confirmations/" + id + "/answer";
        PostingIT.assertProblem(accountant.post(answerPath, "{\"answer\":\"DISPUTED\"}"), 400, "field.required", "comment");
        PostingIT.assertProblem(accountant.post(answerPath, "{\"answer\":\"PERHAPS\"}"), 400, "field.invalid", "answer");
        assertEquals(403, Api.as(base, Api.INSURER_ASKIA).post(answerPath, "{\"answer\":\"AGREED\"}").status());
        Api.Reply disputed = accountant.post(answerPath,
                "{\"answer\":\"DISPUTED\",\"comment\":\"Notre versement du 28/03 de 500 000 F n'apparaît pas.\"}");
        assertEquals(200, disputed.status(), disputed::toString);
        assertEquals("DISPUTED", disputed.json().getString("answer"));
        assertEquals("Notre versement du 28/03 de 500 000 F n'apparaît pas.", disputed.json().getString("answerComment"));
        assertEquals("accountant", disputed.json().getString("answeredBy"));
        PostingIT.assertProblem(accountant.post(answerPath, "{\"answer\":\"AGREED\"}"), 409, "confirmation.answered", "id");
        assertEquals("DISPUTED", accountant.get("api/confirmations/" + id).json().getString("answer"));

    }

    @Test
    void aQuarterIsIssuedToEveryActivePrincipalOnce() {
        Api.Reply batch = accountant.post("api/confirmations/quarter/2042-Q2", "");
        assertEquals(200, batch.status(), batch::toString);
        List<JsonObject> issued = batch.json().getJsonArray("issued").getValuesAs(JsonObject.class);
        Set<String> principals = issued.stream().map(c -> c.getString("principalCode")).collect(Collectors.toSet());
        assertTrue(principals.containsAll(Set.of(KAYOR, "ASKIA", "ASS", "CGA", "CNART", "NSIA", "SALAMA", "MUT-THIES", "IPM-BTP")),
                principals::toString);
        assertEquals(3_200_000, issued.stream().filter(c -> c.getString("principalCode").equals(KAYOR)).findFirst()
                .orElseThrow().getJsonNumber("balance").longValue());
        assertEquals(0, accountant.post("api/confirmations/quarter/2042-Q2", "").json().getJsonArray("issued").size(),
                "a second run issues nothing");

        List<JsonObject> kayor = accountant.get("api/confirmations?principal=" + KAYOR + "&quarter=2042-Q2")
                .jsonArray().getValuesAs(JsonObject.class);
        assertEquals(1, kayor.size());
        Api.Reply agreed = accountant.post("api/confirmations/" + kayor.get(0).getJsonNumber("id") + "/answer", "{\"answer\":\"AGREED\"}");
        assertEquals(200, agreed.status(), agreed::toString);
        assertEquals("AGREED", agreed.json().getString("answer"));

        Api askia = Api.as(base, Api.INSURER_ASKIA);
        List<JsonObject> seen = askia.get("api/confirmations?quarter=2042-Q2").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("ASKIA"), seen.stream().map(c -> c.getString("principalCode")).toList());
        assertEquals(200, askia.get("api/confirmations/" + seen.get(0).getJsonNumber("id") + "/letter").status());
        assertEquals(403, askia.get("api/confirmations/" + kayor.get(0).getJsonNumber("id") + "/letter").status());
        assertEquals(403, askia.get("api/confirmations?principal=" + KAYOR).status());
        assertEquals(403, askia.post("api/confirmations/quarter/2042-Q3", "").status());

        PostingIT.assertProblem(accountant.post("api/confirmations", "{\"principal\":\"" + KAYOR + "\",\"quarter\":\"2042-Q5\"}"),
                400, "field.invalid", "quarter");
        PostingIT.assertProblem(accountant.post("api/confirmations/quarter/2042-T3", ""), 400, "field.invalid", "quarter");
        PostingIT.assertProblem(accountant.get("api/confirmations/999999999"), 404, "resource.not-found", "id");
    }
}
