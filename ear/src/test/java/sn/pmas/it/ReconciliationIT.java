package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.opentest4j.AssertionFailedError;

/**
 * The registers against the ledger on data of its own in June 2026 (after the demo year, before
 * today: where every other test's data must tie too):
 * every pair ties with the expected figures; then a register row altered behind the application's
 * back (SQL through {@link RegisterTamper}, a test-only deployment) breaks exactly its pair, which
 * names the item, in the API and on the Rapprochements page. Every alteration is undone.
 */
class ReconciliationIT extends DeployedLedger {

    private static final String AS_OF = "2026-06-30";
    private static final String BEFORE = "2026-05-31";
    private static final String INSURER = "REC-INS";
    private static final String SCHEME = "REC-MUT";
    private static final String PROVIDER = "REC-PRV";
    private static final String NBSP = Browser.NBSP;

    @ArquillianResource
    @OperateOnDeployment("tamper")
    private URL tamper;

    @Deployment(name = "tamper", testable = false)
    static WebArchive tamperWar() {
        return ShrinkWrap.create(WebArchive.class, "register-tamper.war").addClass(RegisterTamper.class);
    }

    /** Booked once: a replayed batch answers 200 with its first booking. */
    @BeforeEach
    void books() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, 2026, INSURER, "INSURER", Events.insurerAgreement("2026-01-01", 10_000_000, 0));
        Events.principal(accountant, 2026, SCHEME, "DELEGATING_SCHEME", """
                {"validFrom":"2026-01-01","targetLevel":5000000,"floorAmount":0,"singleClaimLimit":5000000,
                 "feeRate":0.14,"feeBase":"FUNDS_RECEIVED"}""");
        Events.provider(accountant, PROVIDER);
        Api.Reply booked = accountant.post("api/sig/events/batch", batch(
                event("FUNDS_RECEIVED", "REC-F1", "2026-06-01", "principal", INSURER, "amount", 5_000_000),
                event("FUNDS_RECEIVED", "REC-F2", "2026-06-01", "principal", SCHEME, "amount", 2_000_000),
                event("PREMIUM_ISSUED", "REC-Q1", "2026-06-02", "principal", INSURER, "contract", "C-REC", "product", "Santé groupe",
                        "periodFrom", "2026-01-01", "periodTo", "2026-12-31", "amount", 1_000_000),
                event("PREMIUM_COLLECTED", "REC-E1", "2026-06-05", "premium", "REC-Q1", "amount", 1_000_000),
                event("CLAIM_VALIDATED", "REC-S1", "2026-06-10", "principal", INSURER, "provider", PROVIDER, "invoice", "F-REC-1",
                        "careMonth", "2026-05", "invoiceReceivedOn", "2026-06-08", "amount", 145_000),
                event("CLAIM_VALIDATED", "REC-S2", "2026-06-12", "principal", SCHEME, "member", "Awa Ndiaye", "invoice", "RD-REC-2",
                        "careMonth", "2026-06", "invoiceReceivedOn", "2026-06-11", "amount", 60_000),
                event("CLAIM_VALIDATED", "REC-S3", "2026-06-15", "principal", INSURER, "provider", PROVIDER, "invoice", "F-REC-3",
                        "careMonth", "2026-05", "invoiceReceivedOn", "2026-06-08", "amount", 90_000),
                event("CLAIM_PAID", "REC-P3", "2026-06-29", "claim", "REC-S3"),
                event("CLAIM_VALIDATED", "REC-S4", "2026-06-20", "principal", SCHEME, "member", "Moussa Fall", "invoice", "RD-REC-4",
                        "careMonth", "2026-06", "invoiceReceivedOn", "2026-06-19", "amount", 30_000),
                event("CLAIM_CANCELLED", "REC-C4", "2026-06-25", "claim", "REC-S4")));
        assertEquals(200, booked.status(), booked::toString);
    }

    @Test
    void everyRegisterTiesWithItsControlAccounts() {
        Map<String, JsonObject> before = pairs(BEFORE);
        Map<String, JsonObject> pairs = pairs(AS_OF);
        assertEquals(List.of("claims.providers", "commissions.payables", "incentive.payable", "fiscal.cheques", "funds.receipts",
                        "statements.current-accounts", "claims.members", "cheques.incoming", "cheques.outstanding", "income.commissions", "income.fees"),
                List.copyOf(pairs.keySet()),
                "in chart order: 4011, 4012/4191, 4019, 431/432/447x, 4581/47121 (two pairs), 47122, 513/514, 5219x, 70521, 70522");
        assertMoved(before, pairs, "claims.providers", 145_000);
        assertMoved(before, pairs, "funds.receipts", 7_000_000);
        assertMoved(before, pairs, "statements.current-accounts", 7_000_000 - 280_000 - 140_000 - 145_000 - 60_000 - 90_000);
        assertMoved(before, pairs, "claims.members", 60_000);
        assertMoved(before, pairs, "income.commissions", 140_000);
        assertMoved(before, pairs, "income.fees", 280_000);
        assertEquals("2026-01-01", pairs.get("income.fees").getString("from"), "income accounts: the fiscal year to date");
        assertEquals(List.of("4581", "47121"), pairs.get("funds.receipts").getJsonArray("accounts")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertMoved(pairs("2026-06-14"), pairs("2026-06-15"), "claims.providers", 90_000);
        assertMoved(pairs("2026-06-28"), pairs("2026-06-29"), "claims.providers", -90_000);
        assertMoved(pairs("2026-06-19"), pairs("2026-06-20"), "claims.members", 30_000);
        assertMoved(pairs("2026-06-24"), pairs("2026-06-25"), "claims.members", -30_000);
    }

    @Test
    void aRegisterRowAlteredBehindTheApplicationsBackBreaksItsPairAndIsNamed() {
        assertNamed(this::sql, "UPDATE claim SET amount = amount + 1000 WHERE reference = 'REC-S1'",
                "UPDATE claim SET amount = amount - 1000 WHERE reference = 'REC-S1'",
                "claims.providers", 1_000, "4011." + PROVIDER, "REC-S1", 146_000, 145_000);
        assertNamed(this::sql, "UPDATE claim SET paid_on = NULL, paid_by = NULL, payment_reference = NULL WHERE reference = 'REC-S3'",
                "UPDATE claim SET paid_on = DATE('2026-06-29'), paid_by = 'SIG', payment_reference = 'REC-P3' WHERE reference = 'REC-S3'",
                "claims.providers", 90_000, "4011." + PROVIDER, "REC-P3", 0, -90_000);
        assertNamed(this::sql, "UPDATE funds_receipt SET amount = amount - 1 WHERE sig_event_id = (SELECT id FROM sig_event WHERE source_reference = 'REC-F2')",
                "UPDATE funds_receipt SET amount = amount + 1 WHERE sig_event_id = (SELECT id FROM sig_event WHERE source_reference = 'REC-F2')",
                "funds.receipts", -1, "47121." + SCHEME, "REC-F2", 1_999_999, 2_000_000);
        assertNamed(this::sql, "UPDATE premium_movement SET commission = 0 WHERE sig_event_id = (SELECT id FROM sig_event WHERE source_reference = 'REC-E1')",
                "UPDATE premium_movement SET commission = 140000 WHERE sig_event_id = (SELECT id FROM sig_event WHERE source_reference = 'REC-E1')",
                "income.commissions", -140_000, "70521", "REC-E1", 0, 140_000);
        assertNamed(this::sql, "UPDATE claim SET amount = 59000 WHERE reference = 'REC-S2'",
                "UPDATE claim SET amount = 60000 WHERE reference = 'REC-S2'",
                "claims.members", -1_000, "47122", "REC-S2", 59_000, 60_000);
        UnaryOperator<String> byDba = update -> new Tampering(tamper).unguarded("current_account_line", update);
        assertNamed(byDba, "UPDATE current_account_line SET debit = debit + 1000 WHERE source_reference = 'REC-S1'",
                "UPDATE current_account_line SET debit = debit - 1000 WHERE source_reference = 'REC-S1'",
                "statements.current-accounts", -1_000, "4581." + INSURER, "REC-S1", -146_000, -145_000);
    }

    @Test
    void badDatesAndOtherRolesAreRefused() {
        PostingIT.assertProblem(Api.as(base, Api.ACCOUNTANT).get("api/reconciliation?asOf=2026-02-30"), 400, "field.invalid", "asOf");
        PostingIT.assertProblem(Api.as(base, Api.ACCOUNTANT).get("api/reconciliation?asOf=30/06/2026"), 400, "field.invalid", "asOf");
        PostingIT.assertProblem(Api.as(base, Api.INSURER_ASKIA).get("api/reconciliation?asOf=" + AS_OF), 403, "auth.forbidden", null);
        assertEquals(200, Api.as(base, Api.DIRECTOR).get("api/reconciliation?asOf=" + AS_OF).status());
        assertEquals(200, Api.as(base, Api.AUDITOR).get("api/reconciliation").status(), "today when no date is given");
    }

    @Test
    void thePanelListsEachPairAndShowsTheFirstDifference() throws IOException {
        try (Browser session = Browser.open(base)) {
            session.driver().get(session.page("ui/reconciliation.xhtml"));
            session.logIn("director", "direction2025");
            WebElement asOf = session.waiting().until(visibilityOfElementLocated(By.id("asOf")));
            assertEquals(sql("SELECT MAX(entry_date) FROM journal_entry"), asOf.getDomProperty("value"),
                    "the page opens on the latest date with postings");
            assertEquals("current", session.driver().findElement(By.id("nav-reconciliation")).getDomAttribute("class"));

            session.driver().get(session.page("ui/reconciliation.xhtml?asOf=" + AS_OF));
            assertEquals("Situation au 30 juin 2026", session.textOf("as-of-label"));
            assertEquals("Tous les registres concordent avec le grand livre", session.textOf("untied-count"));
            assertEquals(11, session.driver().findElements(By.cssSelector("#pairs tbody tr")).size());
            String providers = session.textOf("pair-claims.providers");
            assertTrue(providers.contains("Sinistres à payer aux prestataires") && providers.contains("4011")
                    && providers.contains("Concordant"), providers);

            try {
                assertEquals("1", sql("UPDATE claim SET amount = amount + 1000 WHERE reference = 'REC-S1'"));
                session.driver().navigate().refresh();
                assertEquals("1 registre ne concorde pas avec le grand livre", session.textOf("untied-count"));
                WebElement row = session.driver().findElement(By.id("pair-claims.providers"));
                assertTrue(row.getDomAttribute("class").contains("untied"), row::toString);
                String difference = session.textOf("difference-claims.providers");
                assertTrue(difference.contains("4011." + PROVIDER) && difference.contains("Sinistre REC-S1 (facture F-REC-1)")
                        && difference.contains("146" + NBSP + "000" + NBSP + "F au registre")
                        && difference.contains("145" + NBSP + "000" + NBSP + "F au grand livre"), difference);
                assertTrue(session.driver().findElements(By.id("difference-claims.members")).isEmpty(), "tied pairs show no difference");
                session.screenshot("reconciliation-untied.png");
            } finally {
                assertEquals("1", sql("UPDATE claim SET amount = amount - 1000 WHERE reference = 'REC-S1'"));
            }
            session.driver().navigate().refresh();
            assertEquals("Tous les registres concordent avec le grand livre", session.textOf("untied-count"));
        }
    }

    /** Alters the register, checks that only {@code code} stops tying and names the item, then undoes it. */
    private void assertNamed(UnaryOperator<String> run, String alteration, String undo, String code, long difference, String account, String reference,
                             long registerAmount, long ledgerAmount) {
        assertEquals("1", run.apply(alteration));
        try {
            Map<String, JsonObject> pairs = pairs(AS_OF);
            JsonObject pair = pairs.get(code);
            assertFalse(pair.getBoolean("tied"), pair::toString);
            assertEquals(difference, pair.getJsonNumber("difference").longValue(), pair::toString);
            JsonObject first = pair.getJsonObject("firstDifference");
            assertEquals(account, first.getString("account"), pair::toString);
            assertEquals(reference, first.getString("reference"), pair::toString);
            assertEquals("SIG", first.getString("source"), pair::toString);
            assertEquals(registerAmount, first.getJsonNumber("registerAmount").longValue(), pair::toString);
            assertEquals(ledgerAmount, first.getJsonNumber("ledgerAmount").longValue(), pair::toString);
            assertTrue(first.getString("description").length() > 20, pair::toString);
            pairs.values().stream().filter(other -> !other.getString("code").equals(code))
                    .forEach(other -> assertTrue(other.getBoolean("tied"), other::toString));
            AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                    () -> LedgerAssertions.assertRegistersTied(Api.as(base, Api.AUDITOR), LocalDate.parse(AS_OF)),
                    "the check run after every test fails too");
            assertTrue(failed.getMessage().contains(code) && failed.getMessage().contains(reference), failed::getMessage);
        } finally {
            assertEquals("1", run.apply(undo));
        }
        assertTrue(pairs(AS_OF).get(code).getBoolean("tied"), "tied again once undone");
    }

    /** Both sides of the pair moved by {@code amount} between the two dates, and tie on both. */
    private static void assertMoved(Map<String, JsonObject> before, Map<String, JsonObject> after, String code, long amount) {
        JsonObject earlier = before.get(code);
        JsonObject later = after.get(code);
        for (JsonObject pair : List.of(earlier, later)) {
            assertTrue(pair.getBoolean("tied"), pair::toString);
            assertEquals(0, pair.getJsonNumber("difference").longValue(), pair::toString);
            assertFalse(pair.containsKey("firstDifference"), pair::toString);
        }
        assertEquals(amount, later.getJsonNumber("registerTotal").longValue() - earlier.getJsonNumber("registerTotal").longValue(),
                () -> code + " register: " + earlier + " then " + later);
        assertEquals(amount, later.getJsonNumber("ledgerBalance").longValue() - earlier.getJsonNumber("ledgerBalance").longValue(),
                () -> code + " ledger: " + earlier + " then " + later);
    }

    private Map<String, JsonObject> pairs(String asOf) {
        Api.Reply reply = Api.as(base, Api.AUDITOR).get("api/reconciliation?asOf=" + asOf);
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(pair -> pair.getString("code"), pair -> pair, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private String sql(String statement) {
        return new Tampering(tamper).sql(statement);
    }
}
