package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

/** Fresh parties and fiscal years for tests that book SIG events without touching the demo's principals. */
final class PrincipalFixtures {

    private PrincipalFixtures() {
    }

    /** Opens the year; an earlier test class of the same run may have opened it already. */
    static void openYear(Api accountant, int year) {
        Api.Reply reply = accountant.post("api/fiscal-years", "{\"year\":" + year + "}");
        assertTrue(reply.status() == 201 || reply.status() == 409, reply::toString);
    }

    /** A new insurer with an agreement from {@code validFrom}: 14 % of collected premiums, no floor in days. */
    static void insurer(Api accountant, String code, String validFrom, long targetLevel, long floorAmount) {
        party(accountant, "{\"code\":\"" + code + "\",\"type\":\"INSURER\",\"name\":\"Assurances " + code + "\"}");
        Api.Reply agreement = accountant.post("api/principals/" + code + "/agreements", """
                {"validFrom":"%s","targetLevel":%d,"floorAmount":%d,"singleClaimLimit":5000000,
                 "feeRate":0.14,"feeBase":"COLLECTED_PREMIUMS","comment":"Convention de test"}"""
                .formatted(validFrom, targetLevel, floorAmount));
        assertEquals(201, agreement.status(), agreement::toString);
    }

    static void provider(Api accountant, String code) {
        party(accountant, "{\"code\":\"" + code + "\",\"type\":\"PROVIDER\",\"name\":\"Clinique " + code
                + "\",\"conventionType\":\"PRIVATE_FACILITY\",\"paymentTermDays\":30}");
    }

    private static void party(Api accountant, String json) {
        Api.Reply reply = accountant.post("api/parties", json);
        assertEquals(201, reply.status(), reply::toString);
    }

    /** A principal's statement over a period, as JSON. */
    static JsonObject statement(Api accountant, String code, String from, String to) {
        Api.Reply reply = accountant.get("api/principals/" + code + "/statement?from=" + from + "&to=" + to);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }
}
