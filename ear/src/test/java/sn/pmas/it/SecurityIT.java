package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who may do what: 401 without credentials, 403 with the wrong role, both as problem+json. */
class SecurityIT extends DeployedLedger {

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(Api.as(base, Api.ACCOUNTANT), 2025);
    }

    @Test
    void anonymousCallsAreAskedToAuthenticate() {
        Api.Reply reply = Api.as(base, null).get("api/trial-balance?period=2025-03");
        PostingIT.assertProblem(reply, 401, "auth.required", null);
        assertEquals(401, Api.as(base, "accountant:wrong-password").get("api/trial-balance?period=2025-03").status());
    }

    @Test
    void rolesDecideWhatEachUserMayDo() {
        String entry = Entries.simple("BQ", "2025-06-02", "SEC-1", "5211", "4581.ASKIA", "1000");
        PostingIT.assertProblem(Api.as(base, Api.DIRECTOR).post("api/entries", entry), 403, "auth.forbidden", null);
        PostingIT.assertProblem(Api.as(base, Api.AUDITOR).post("api/entries", entry), 403, "auth.forbidden", null);
        PostingIT.assertProblem(Api.as(base, Api.INSURER_ASKIA).get("api/trial-balance?period=2025-03"), 403, "auth.forbidden", null);
        assertEquals(200, Api.as(base, Api.DIRECTOR).get("api/trial-balance?period=2025-03").status());
        assertEquals(200, Api.as(base, Api.AUDITOR).get("api/journals/BQ/entries?from=2025-01-01&to=2025-01-31").status());
    }

    @Test
    void theDemoYearIsLoadedAndBalanced() {
        Api.Reply reply = Api.as(base, Api.DIRECTOR).get("api/trial-balance?from=2025-01-01&to=2025-12-31");
        assertEquals(200, reply.status(), reply::toString);
        long debits = reply.json().getJsonObject("totals").getJsonNumber("debit").longValue();
        assertTrue(debits > 100_000_000, "a believable year moves hundreds of millions of francs: " + debits);
        assertEquals(debits, reply.json().getJsonObject("totals").getJsonNumber("credit").longValue());
        List<String> insurers = Api.as(base, Api.ACCOUNTANT).get("api/parties?type=INSURER").jsonArray()
                .getValuesAs(JsonObject.class).stream().map(party -> party.getString("code")).toList();
        assertTrue(insurers.containsAll(List.of("ASKIA", "ASS", "CGA", "CNART", "NSIA", "SALAMA")),
                "the six members of the pool (other ITs add their own): " + insurers);
    }
}
