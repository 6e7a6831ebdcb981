package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Events.event;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outgoing cheques on fresh bank accounts of fiscal year 2057 (each test its own account, so that
 * its position is computed by hand): the lifecycle and its entries, cheque numbers, a claim paid
 * once, the planner with a principal in deficit, and 50 concurrent releases against a short position.
 */
class ChequeIT extends DeployedLedger {

    private static final int YEAR = 2057;
    private static final String ALPHA = "CQ-ALPHA";
    private static final String BETA = "CQ-BETA";

    private Api accountant;

    @BeforeEach
    void parties() {
        accountant = Api.as(base, Api.ACCOUNTANT);
        if (accountant.get("api/parties/" + ALPHA).status() == 200) {
            return;
        }
        Events.principal(accountant, YEAR, ALPHA, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 10_000_000, 0));
        Events.principal(accountant, YEAR, BETA, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 1_000_000, 0));
        for (String provider : List.of("CQ-PS1", "CQ-PS2", "CQ-PS3")) {
            Events.provider(accountant, provider);
        }
        FundCallIT.book(accountant,
                event("FUNDS_RECEIVED", "CQ-FR-A", YEAR + "-01-03", "principal", ALPHA, "amount", 10_000_000),
                event("FUNDS_RECEIVED", "CQ-FR-B", YEAR + "-01-03", "principal", BETA, "amount", 100_000));
    }

    @AfterEach
    void ledgerStaysConsistent() {
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
        String asOf = YEAR + "-12-31";
        for (JsonObject bank : accountant.get("api/bank-accounts?asOf=" + asOf).jsonArray().getValuesAs(JsonObject.class)) {
            // other classes share the bank accounts in other years: the register as it stood on the position's date
            long register = accountant.get("api/cheques?bankAccount=" + bank.getString("code")).jsonArray().getValuesAs(JsonObject.class)
                    .stream().filter(c -> onOrBefore(c, "releasedOn", asOf) && !onOrBefore(c, "cashedOn", asOf) && !onOrBefore(c, "endedOn", asOf))
                    .mapToLong(c -> c.getJsonNumber("amount").longValue()).sum();
            assertEquals(register, bank.getJsonObject("position").getJsonNumber("outstandingCheques").longValue(),
                    bank.getString("code") + ": cheques released and not cashed on " + asOf + " = credit balance of its 5219x account");
        }
    }

    private static boolean onOrBefore(JsonObject cheque, String date, String asOf) {
        return cheque.containsKey(date) && !cheque.isNull(date) && cheque.getString(date).compareTo(asOf) <= 0;
    }

    @Test
    void aProviderChequeIsHeldReleasedAndCashedAndPaysItsClaimsOnce() {
        bank("CQ-LIFE", "5213", "52193", true, 5_000_000);
        FundCallIT.book(accountant,
                claim("CQ-SIN-1", ALPHA, "CQ-PS1", YEAR + "-01-20", 400_000, null),
                claim("CQ-SIN-2", ALPHA, "CQ-PS1", YEAR + "-01-25", 250_000, null));

        List<JsonObject> prepared = created(accountant.post("api/cheques/provider",
                "{\"bankAccount\":\"CQ-LIFE\",\"provider\":\"CQ-PS1\",\"date\":\"" + YEAR + "-02-01\"}"));
        assertEquals(1, prepared.size(), "one principal, one cheque");
        JsonObject cheque = prepared.get(0);
        String reference = cheque.getString("reference");
        assertEquals("CQ-LIFE-0000001", reference, "the first leaf of the book");
        assertEquals(650_000, cheque.getJsonNumber("amount").longValue());
        assertEquals(ALPHA, cheque.getString("principal"));
        assertEquals("PROVIDER", cheque.getString("kind"));
        assertEquals("4011.CQ-PS1", cheque.getString("payableAccount"));
        assertEquals(List.of("CQ-SIN-1", "CQ-SIN-2"), cheque.getJsonArray("claims").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(YEAR + "-02-19", cheque.getString("latestReleaseOn"), "first invoice received 20 January + 30 days of term");
        assertEquals("PREPARED", cheque.getString("status"));

        Api.Reply paidElsewhere = accountant.post("api/sig/events", event("CLAIM_PAID", "CQ-PAY-1", YEAR + "-02-02", "claim", "CQ-SIN-1"));
        assertEquals(422, paidElsewhere.status(), paidElsewhere::toString);
        assertTrue(paidElsewhere.text().contains("claim.in-cheque"), paidElsewhere::toString);

        assertEquals("HELD", step(reference, "held", YEAR + "-02-02").getString("status"));
        assertProblem(accountant.post("api/cheques/" + reference + "/delivered", "{\"date\":\"" + YEAR + "-02-02\"}"),
                409, "cheque.illegal-transition", "status");
        JsonObject position = accountant.get("api/bank-accounts/CQ-LIFE/position?asOf=" + YEAR + "-02-03").json();
        assertEquals(5_000_000, position.getJsonNumber("bookBalance").longValue());
        assertEquals(650_000, position.getJsonNumber("held").longValue());

        JsonObject proposal = accountant.get("api/bank-accounts/CQ-LIFE/release-proposal?date=" + YEAR + "-02-03").json();
        assertEquals(List.of(reference), references(proposal.getJsonArray("release").getValuesAs(JsonObject.class)));
        List<JsonObject> released = accountant.post("api/bank-accounts/CQ-LIFE/releases",
                "{\"date\":\"" + YEAR + "-02-03\",\"cheques\":[\"" + reference + "\"]}").jsonArray().getValuesAs(JsonObject.class);
        assertEquals("RELEASED", released.get(0).getString("status"));
        position = accountant.get("api/bank-accounts/CQ-LIFE/position?asOf=" + YEAR + "-02-03").json();
        assertEquals(5_000_000, position.getJsonNumber("bookBalance").longValue(), "the bank has not paid yet");
        assertEquals(650_000, position.getJsonNumber("outstandingCheques").longValue());
        assertEquals(4_350_000, position.getJsonNumber("available").longValue());
        assertEquals(0, closing("4011.CQ-PS1", YEAR + "-02-03"), "the provider is paid");
        assertEquals(-650_000, closing("52193", YEAR + "-02-03"), "cheques issued not cashed, in credit");

        Api.Reply paidTwice = accountant.post("api/sig/events", event("CLAIM_PAID", "CQ-PAY-2", YEAR + "-02-04", "claim", "CQ-SIN-2"));
        assertEquals(422, paidTwice.status(), paidTwice::toString);
        assertTrue(paidTwice.text().contains("claim.already-paid"), paidTwice::toString);

        assertEquals("DELIVERED", step(reference, "delivered", YEAR + "-02-04").getString("status"));
        assertEquals("CASHED", step(reference, "cashed", YEAR + "-02-10").getString("status"));
        position = accountant.get("api/bank-accounts/CQ-LIFE/position?asOf=" + YEAR + "-02-10").json();
        assertEquals(4_350_000, position.getJsonNumber("bookBalance").longValue());
        assertEquals(0, position.getJsonNumber("outstandingCheques").longValue());
        assertProblem(accountant.post("api/cheques/" + reference + "/voided", "{\"date\":\"" + YEAR + "-02-11\",\"reason\":\"Erreur\"}"),
                409, "cheque.illegal-transition", "status");
    }

    @Test
    void aVoidedChequeMakesItsClaimsPayableAgain() {
        bank("CQ-VOID", "5214", "52194", true, 1_000_000);
        FundCallIT.book(accountant, event("CLAIM_VALIDATED", "CQ-SIN-M1", YEAR + "-03-02", "principal", ALPHA, "member", "Fatou Sow",
                "invoice", "RD-M1", "careMonth", YEAR + "-02", "invoiceReceivedOn", YEAR + "-03-01", "medicalValidation", true, "amount", 30_000));
        List<JsonObject> batch = created(accountant.post("api/cheques/members",
                "{\"bankAccount\":\"CQ-VOID\",\"weekEnding\":\"" + YEAR + "-03-06\",\"principal\":\"" + ALPHA + "\"}"));
        assertEquals(1, batch.size());
        String reference = batch.get(0).getString("reference");
        assertEquals("Fatou Sow", batch.get(0).getString("payee"));
        assertEquals("47122", batch.get(0).getString("payableAccount"));
        step(reference, "held", YEAR + "-03-06");
        accountant.post("api/bank-accounts/CQ-VOID/releases", "{\"date\":\"" + YEAR + "-03-07\",\"cheques\":[\"" + reference + "\"]}");
        assertEquals(-30_000, closing("52194", YEAR + "-03-07"));

        assertProblem(accountant.post("api/cheques/" + reference + "/voided", "{\"date\":\"" + YEAR + "-03-09\"}"),
                400, "field.required", "reason");
        JsonObject voided = accountant.post("api/cheques/" + reference + "/voided",
                "{\"date\":\"" + YEAR + "-03-09\",\"reason\":\"Chèque perdu par l'adhérente, opposition faite\"}").json();
        assertEquals("VOIDED", voided.getString("status"));
        assertEquals("Chèque perdu par l'adhérente, opposition faite", voided.getString("voidReason"));
        assertEquals(0, closing("52194", YEAR + "-03-09"), "the release is reversed");

        Api.Reply paidByTransfer = accountant.post("api/sig/events", event("CLAIM_PAID", "CQ-PAY-M1", YEAR + "-03-10", "claim", "CQ-SIN-M1"));
        assertEquals(201, paidByTransfer.status(), paidByTransfer::toString);
        assertProblem(accountant.post("api/cheques/members", "{\"bankAccount\":\"CQ-VOID\",\"weekEnding\":\"" + YEAR + "-03-13\",\"principal\":\"" + ALPHA + "\"}"),
                422, "cheque.nothing-owed", "date");
    }

    @Test
    void everyNumberIsAccountedForAndNoneIsUsedTwice() {
        bank("CQ-NUM", "5215", "52195", false, 0);
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"4013\",\"name\":\"Fournisseur de test CQ-NUM\"}").status());
        assertEquals(201, accountant.post("api/entries", entry("OD", YEAR + "-04-01", "CQ-DEBT-NUM", "Facture fournisseur",
                line("605", "300000", null), line("4013", null, "300000"))).status());
        assertProblem(accountant.post("api/bank-accounts/CQ-NUM/cheque-books",
                "{\"firstNumber\":50,\"lastNumber\":70,\"receivedOn\":\"" + YEAR + "-01-02\"}"), 409, "cheque-book.overlap", "firstNumber");
        assertProblem(payable("CQ-NUM", "SUPPLIER", "4013", 10_000, 999L), 422, "cheque.number-outside-book", "number");
        assertEquals(201, payable("CQ-NUM", "SUPPLIER", "4013", 10_000, 5L).status());
        assertProblem(payable("CQ-NUM", "SUPPLIER", "4013", 10_000, 5L), 409, "cheque.number-used", "number");
        assertEquals(200, accountant.post("api/bank-accounts/CQ-NUM/leaves/2/spoiled", "{\"reason\":\"Formule déchirée\"}").status());
        assertProblem(payable("CQ-NUM", "SUPPLIER", "4013", 10_000, 2L), 409, "cheque.number-used", "number");
        assertProblem(payable("CQ-NUM", "SUPPLIER", "4013", 290_001, null), 422, "cheque.exceeds-payable", "amount");
        assertProblem(payable("CQ-NUM", "TAX", "4013", 1_000, null), 400, "field.invalid", "account");
        JsonObject next = created(payable("CQ-NUM", "SUPPLIER", "4013", 20_000, null)).get(0);
        assertEquals(1, next.getJsonNumber("number").longValue(), "the lowest unused leaf");

        List<JsonObject> leaves = accountant.get("api/bank-accounts/CQ-NUM/leaves").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(numbers(1, 60), leaves.stream().map(l -> l.getJsonNumber("number").longValue()).toList(), "no gap");
        assertEquals(List.of("USED", "SPOILED", "UNUSED", "UNUSED", "USED"),
                leaves.subList(0, 5).stream().map(l -> l.getString("state")).toList());
        JsonObject account = accountant.get("api/bank-accounts/CQ-NUM").json();
        assertEquals(60, account.getJsonNumber("leaves").longValue());
        assertEquals(2, account.getJsonNumber("leavesUsed").longValue());
        assertEquals(1, account.getJsonNumber("leavesSpoiled").longValue());
        assertEquals(57, account.getJsonNumber("leavesUnused").longValue());
    }

    @Test
    void thePlannerKeepsADeficitPrincipalsChequesAndTheOnesThePositionCannotCover() {
        bank("CQ-PLAN", "5216", "52196", true, 1_000_000);
        assertEquals(204, accountant.post("api/bank-accounts/CQ-PLAN/safety-margins",
                "{\"validFrom\":\"" + YEAR + "-01-01\",\"amount\":100000}").status());
        FundCallIT.book(accountant,
                claim("CQ-SIN-P1", ALPHA, "CQ-PS2", YEAR + "-01-10", 500_000, null),
                claim("CQ-SIN-P3", ALPHA, "CQ-PS3", YEAR + "-01-05", 600_000, null));
        Api.Reply forced = Api.as(base, Api.ADMIN).post("api/sig/events/batch", Events.batch(
                claim("CQ-SIN-P2", BETA, "CQ-PS2", YEAR + "-01-12", 300_000, "Hospitalisation urgente, appel de fonds en cours")));
        assertEquals(200, forced.status(), forced::toString);
        List<JsonObject> ps2 = created(accountant.post("api/cheques/provider",
                "{\"bankAccount\":\"CQ-PLAN\",\"provider\":\"CQ-PS2\",\"date\":\"" + YEAR + "-01-31\"}"));
        String ps2Alpha = ps2.stream().filter(c -> c.getString("principal").equals(ALPHA)).findFirst().orElseThrow().getString("reference");
        String ps2Beta = ps2.stream().filter(c -> c.getString("principal").equals(BETA)).findFirst().orElseThrow().getString("reference");
        String ps3 = created(accountant.post("api/cheques/provider",
                "{\"bankAccount\":\"CQ-PLAN\",\"provider\":\"CQ-PS3\",\"date\":\"" + YEAR + "-01-31\"}")).get(0).getString("reference");
        for (String reference : List.of(ps2Alpha, ps2Beta, ps3)) {
            step(reference, "held", YEAR + "-01-31");
        }

        // available 1 000 000 - 100 000 = 900 000; PS3 (deadline 4 Feb) 600 000 goes, PS2-ALPHA (9 Feb) 500 000 does not fit,
        // PS2-BETA's principal is 200 000 short (100 000 received, 300 000 forced)
        JsonObject proposal = accountant.get("api/bank-accounts/CQ-PLAN/release-proposal?date=" + YEAR + "-02-01").json();
        assertEquals(900_000, proposal.getJsonObject("position").getJsonNumber("available").longValue());
        assertEquals(List.of(ps3), references(proposal.getJsonArray("release").getValuesAs(JsonObject.class)));
        assertEquals(300_000, proposal.getJsonNumber("remaining").longValue());
        List<JsonObject> stay = proposal.getJsonArray("stay").getValuesAs(JsonObject.class);
        assertEquals(List.of(ps2Alpha, ps2Beta), stay.stream().map(s -> s.getJsonObject("cheque").getString("reference")).toList());
        assertEquals(List.of("BANK_SHORT", "PRINCIPAL_SHORT"), stay.stream().map(s -> s.getString("code")).toList());
        assertEquals(List.of(200_000L, 200_000L), stay.stream().map(s -> s.getJsonNumber("shortBy").longValue()).toList());
        assertTrue(stay.get(1).getString("reason").contains("Mandant CQ-BETA à court de 200"), stay.get(1)::toString);
        JsonObject call = proposal.getJsonArray("fundCalls").getJsonObject(0);
        assertEquals(BETA, call.getString("principalCode"));
        assertEquals(1_200_000, call.getJsonNumber("proposedAmount").longValue(), "back to the target of 1 000 000 from -200 000");

        assertProblem(release("CQ-PLAN", YEAR + "-02-01", ps2Beta), 409, "cheque.principal-short", "cheques[0]");
        assertProblem(release("CQ-PLAN", YEAR + "-02-01", ps3, ps2Alpha), 409, "cheque.release-beyond-position", "cheques[1]");
        assertEquals("HELD", accountant.get("api/cheques/" + ps3).json().getString("status"), "refused whole: nothing written");
        assertEquals(200, release("CQ-PLAN", YEAR + "-02-01", ps3).status());

        FundCallIT.book(accountant, event("FUNDS_RECEIVED", "CQ-FR-B2", YEAR + "-02-02", "principal", BETA, "amount", 1_200_000));
        proposal = accountant.get("api/bank-accounts/CQ-PLAN/release-proposal?date=" + YEAR + "-02-02").json();
        stay = proposal.getJsonArray("stay").getValuesAs(JsonObject.class);
        assertEquals(List.of("BANK_SHORT", "BANK_SHORT"), stay.stream().map(s -> s.getString("code")).toList(),
                "BETA's funds now cover its claims; the bank's 300 000 cover neither 500 000 nor, behind it, 300 000");
        assertEquals(List.of(200_000L, 500_000L), stay.stream().map(s -> s.getJsonNumber("shortBy").longValue()).toList());
        assertEquals(200, release("CQ-PLAN", YEAR + "-02-02", ps2Beta).status(), "the accountant may confirm part of the queue");
    }

    @Test
    void fiftyConcurrentReleasesNeverOverdrawThePosition() throws Exception {
        bank("CQ-PAR", "5217", "52197", false, 1_000_000);
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"4014\",\"name\":\"Fournisseur de test CQ-PAR\"}").status());
        assertEquals(201, accountant.post("api/entries", entry("OD", YEAR + "-05-02", "CQ-DEBT-PAR", "Factures fournisseurs",
                line("605", "5000000", null), line("4014", null, "5000000"))).status());
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String reference = created(payable("CQ-PAR", "SUPPLIER", "4014", 50_000, null)).get(0).getString("reference");
            step(reference, "held", YEAR + "-05-05");
            references.add(reference);
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (String reference : references) {
            replies.add(pool.submit(() -> release("CQ-PAR", YEAR + "-05-06", reference)));
        }
        int released = 0;
        int refused = 0;
        for (Future<Api.Reply> reply : replies) {
            Api.Reply answer = reply.get();
            if (answer.status() == 200) {
                released++;
            } else {
                assertProblem(answer, 409, "cheque.release-beyond-position", "cheques[0]");
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(20, released, "1 000 000 / 50 000");
        assertEquals(30, refused);
        JsonObject position = accountant.get("api/bank-accounts/CQ-PAR/position?asOf=" + YEAR + "-05-06").json();
        assertEquals(1_000_000, position.getJsonNumber("outstandingCheques").longValue());
        assertEquals(0, position.getJsonNumber("available").longValue());
    }

    /** A bank account on fresh ledger accounts, a book of 60 cheques, and {@code funds} moved onto it. */
    private void bank(String code, String ledger, String issued, boolean principalsMoney, long funds) {
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"" + ledger + "\",\"name\":\"Banque " + code + "\"}").status());
        assertEquals(201, accountant.post("api/accounts", "{\"code\":\"" + issued + "\",\"name\":\"Chèques émis " + code + "\"}").status());
        Api.Reply registered = accountant.post("api/bank-accounts", """
                {"code":"%s","bankName":"Banque de test","accountNumber":"SN-%s","ledgerAccount":"%s","issuedAccount":"%s",
                 "principalsMoney":%s}""".formatted(code, code, ledger, issued, principalsMoney));
        assertEquals(201, registered.status(), registered::toString);
        Api.Reply book = accountant.post("api/bank-accounts/" + code + "/cheque-books",
                "{\"firstNumber\":1,\"lastNumber\":60,\"receivedOn\":\"" + YEAR + "-01-02\"}");
        assertEquals(201, book.status(), book::toString);
        if (funds > 0) {
            assertEquals(201, accountant.post("api/entries", entry("BQ", YEAR + "-01-02", "CQ-FUND-" + code, "Virement vers " + code,
                    line(ledger, Long.toString(funds), null), line(principalsMoney ? "5211" : "5212", null, Long.toString(funds)))).status());
        }
    }

    private static String claim(String reference, String principal, String provider, String receivedOn, long amount, String forceReason) {
        String claim = event("CLAIM_VALIDATED", reference, receivedOn, "principal", principal, "provider", provider, "invoice", "F-" + reference,
                "careMonth", YEAR + "-01", "invoiceReceivedOn", receivedOn, "medicalValidation", true, "amount", amount);
        return forceReason == null ? claim : claim.replaceFirst("}$", ",\"forceReason\":\"" + forceReason + "\"}");
    }

    private Api.Reply payable(String bank, String kind, String account, long amount, Long number) {
        return accountant.post("api/cheques/payable", """
                {"bankAccount":"%s","kind":"%s","account":"%s","payee":"Fournisseur de test","amount":%d,"date":"%d-05-02"%s}"""
                .formatted(bank, kind, account, amount, YEAR, number == null ? "" : ",\"number\":" + number));
    }

    private Api.Reply release(String bank, String date, String... references) {
        return accountant.post("api/bank-accounts/" + bank + "/releases", "{\"date\":\"" + date + "\",\"cheques\":["
                + String.join(",", java.util.Arrays.stream(references).map(r -> "\"" + r + "\"").toList()) + "]}");
    }

    private JsonObject step(String reference, String step, String date) {
        Api.Reply reply = accountant.post("api/cheques/" + reference + "/" + step, "{\"date\":\"" + date + "\"}");
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<JsonObject> created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    private static List<String> references(List<JsonObject> cheques) {
        return cheques.stream().map(c -> c.getString("reference")).toList();
    }

    /** Debit-positive closing balance of an account on a date. */
    private long closing(String account, String date) {
        return accountant.get("api/accounts/" + account + "/statement?from=" + date + "&to=" + date).json().getJsonNumber("closing").longValue();
    }

    private static List<Long> numbers(long first, long last) {
        return java.util.stream.LongStream.rangeClosed(first, last).boxed().toList();
    }
}
