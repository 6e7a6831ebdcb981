package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Fresh principals for integration tests, through the API as a client sets them up: the party, its
 * agreement, and the SIG events that move its current account.
 */
final class PrincipalSetup {

    private PrincipalSetup() {
    }

    /** Registers an insurer with an agreement from {@code validFrom}: 14 % of collected premiums, no fee on funds. */
    static void insurer(Api accountant, String code, String name, String validFrom, long targetLevel) {
        party(accountant, Json.createObjectBuilder().add("code", code).add("type", "INSURER").add("name", name));
        Api.Reply agreement = accountant.post("api/principals/" + code + "/agreements", Json.createObjectBuilder()
                .add("validFrom", validFrom).add("targetLevel", targetLevel).add("floorAmount", 0)
                .add("singleClaimLimit", 5_000_000).add("feeRate", 0.14).add("feeBase", "COLLECTED_PREMIUMS")
                .add("comment", "Convention de test").build().toString());
        assertEquals(201, agreement.status(), agreement::toString);
    }

    static void provider(Api accountant, String code, String name) {
        party(accountant, Json.createObjectBuilder().add("code", code).add("type", "PROVIDER").add("name", name)
                .add("conventionType", "PRIVATE_FACILITY").add("paymentTermDays", 30));
    }

    private static void party(Api accountant, JsonObjectBuilder party) {
        Api.Reply created = accountant.post("api/parties", party.build().toString());
        assertEquals(201, created.status(), created::toString);
    }

    /** Books SIG events all or nothing; fails the test if they are refused. */
    static void book(Api accountant, JsonObject... events) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject event : events) {
            list.add(event);
        }
        Api.Reply booked = accountant.post("api/sig/events/batch", Json.createObjectBuilder().add("events", list).build().toString());
        assertEquals(200, booked.status(), booked::toString);
    }

    static JsonObject fundsReceived(String reference, String date, String principal, long amount) {
        return Json.createObjectBuilder().add("type", "FUNDS_RECEIVED").add("reference", reference).add("date", date)
                .add("principal", principal).add("amount", amount).build();
    }

    /** A claim validated by the medical adviser, paid to a provider. */
    static JsonObject providerClaim(String reference, String date, String principal, String provider, long amount) {
        return claim(reference, date, principal, amount).add("provider", provider).build();
    }

    /** A claim validated by the medical adviser, reimbursed to a member outside the network. */
    static JsonObject memberClaim(String reference, String date, String principal, String member, long amount) {
        return claim(reference, date, principal, amount).add("member", member).build();
    }

    private static JsonObjectBuilder claim(String reference, String date, String principal, long amount) {
        return Json.createObjectBuilder().add("type", "CLAIM_VALIDATED").add("reference", reference).add("date", date)
                .add("principal", principal).add("amount", amount).add("invoice", "F-" + reference)
                .add("careMonth", date.substring(0, 7)).add("invoiceReceivedOn", date).add("medicalValidation", true);
    }

    /** A quittance of {@code amount} premium, without policy costs or taxes. */
    static JsonObject premiumIssued(String reference, String date, String insurer, long amount) {
        return Json.createObjectBuilder().add("type", "PREMIUM_ISSUED").add("reference", reference).add("date", date)
                .add("principal", insurer).add("amount", amount).add("contract", "CT-" + reference).add("product", "Santé groupe")
                .add("periodFrom", date).add("periodTo", date.substring(0, 4) + "-12-31").build();
    }

    static JsonObject premiumCollected(String reference, String date, String premium, long amount) {
        return Json.createObjectBuilder().add("type", "PREMIUM_COLLECTED").add("reference", reference).add("date", date)
                .add("premium", premium).add("amount", amount).build();
    }
}
