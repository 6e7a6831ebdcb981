package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * SIG events as the SIG sends them (JSON), and the fresh parties and agreements a test books them
 * for. Setting up twice is harmless: existing parties are kept and events replay.
 */
final class SigEvents {

    private SigEvents() {
    }

    /** Opens the fiscal year unless an earlier test did. */
    static void openYear(Api accountant, int year) {
        Api.Reply opened = accountant.post("api/fiscal-years", "{\"year\":" + year + "}");
        assertTrue(opened.status() == 201 || opened.status() == 409, opened::toString);
    }

    /** Creates a party; an insurer or scheme created now gets an agreement from 1 January of {@code year}. */
    static void party(Api accountant, String code, String type, String name, String extraJson, int year, String feeBase) {
        Api.Reply created = accountant.post("api/parties", """
                {"code":"%s","type":"%s","name":"%s"%s}""".formatted(code, type, name, extraJson));
        assertTrue(created.status() == 201 || created.status() == 409, created::toString);
        if (created.status() == 201 && feeBase != null) {
            Api.Reply agreement = accountant.post("api/principals/" + code + "/agreements", """
                    {"validFrom":"%d-01-01","targetLevel":10000000,"floorAmount":500000,"singleClaimLimit":5000000,
                     "feeRate":0.14,"feeBase":"%s","comment":"convention de test"}""".formatted(year, feeBase));
            assertEquals(201, agreement.status(), agreement::toString);
        }
    }

    static void book(Api accountant, JsonObjectBuilder... events) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder event : events) {
            array.add(event);
        }
        Api.Reply booked = accountant.post("api/sig/events/batch",
                Json.createObjectBuilder().add("events", array).build().toString());
        assertEquals(200, booked.status(), booked::toString);
    }

    static JsonObjectBuilder premiumIssued(String reference, String date, String insurer, String contract, String group,
                                           String product, String periodFrom, String periodTo, long premium,
                                           long policyCosts, long taxes) {
        JsonObjectBuilder event = event("PREMIUM_ISSUED", reference, date).add("principal", insurer).add("contract", contract)
                .add("product", product).add("periodFrom", periodFrom).add("periodTo", periodTo).add("amount", premium)
                .add("policyCosts", policyCosts).add("taxes", taxes);
        return group == null ? event : event.add("subscriberGroup", group);
    }

    /** PREMIUM_COLLECTED, PREMIUM_CANCELLED or PREMIUM_REFUNDED of a quittance's total. */
    static JsonObjectBuilder premiumMovement(String type, String reference, String date, String premium, long amount) {
        return event(type, reference, date).add("premium", premium).add("amount", amount);
    }

    static JsonObjectBuilder fundsReceived(String reference, String date, String principal, long amount) {
        return event("FUNDS_RECEIVED", reference, date).add("principal", principal).add("amount", amount);
    }

    /** {@code payee}: a provider's code, or a member's name when {@code member} is true. */
    static JsonObjectBuilder claimValidated(String reference, String date, String principal, String payee, boolean member,
                                            String invoice, String careMonth, String receivedOn, long amount,
                                            boolean medicalValidation) {
        return event("CLAIM_VALIDATED", reference, date).add("principal", principal).add(member ? "member" : "provider", payee)
                .add("invoice", invoice).add("careMonth", careMonth).add("invoiceReceivedOn", receivedOn)
                .add("amount", amount).add("medicalValidation", medicalValidation);
    }

    static JsonObjectBuilder claimPaid(String reference, String date, String claim) {
        return event("CLAIM_PAID", reference, date).add("claim", claim);
    }

    private static JsonObjectBuilder event(String type, String reference, String date) {
        return Json.createObjectBuilder().add("type", type).add("reference", reference).add("date", date);
    }
}
