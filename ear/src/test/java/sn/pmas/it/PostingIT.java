package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.entry;
import static sn.pmas.it.Entries.line;
import static sn.pmas.it.Entries.simple;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Posting through REST on a real WildFly and Derby, reading the books back. Works in fiscal year
 * 2031, which nothing else touches; the methods build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostingIT extends DeployedLedger {

    private static final int YEAR = 2031;

    private Api accountant() {
        return Api.as(base, Api.ACCOUNTANT);
    }

    @Test
    @Order(1)
    void opensTheFiscalYearWithTwelveOpenPeriods() {
        Api.Reply reply = accountant().post("api/fiscal-years", "{\"year\":" + YEAR + "}");
        assertEquals(201, reply.status(), reply::toString);
        assertEquals(12, reply.jsonArray().size());
        assertEquals("OPEN", reply.jsonArray().getJsonObject(0).getString("state"));
        Api.Reply again = accountant().post("api/fiscal-years", "{\"year\":" + YEAR + "}");
        assertProblem(again, 409, "fiscal-year.exists", "year");
    }

    @Test
    @Order(2)
    void postsAnEntryAndReadsItInTheTrialBalance() {
        Api.Reply posted = accountant().post("api/entries",
                simple("BQ", "2031-03-10", "IT-DEP-1", "5211", "4581.ASKIA", "1500000"));
        assertEquals(201, posted.status(), posted::toString);
        JsonObject entry = posted.json();
        assertNotNull(posted.location());
        assertEquals("2031-03", entry.getString("period"));
        assertEquals(1_500_000, entry.getJsonNumber("totalAmount").longValue());
        assertEquals("accountant", entry.getString("postedBy"));
        assertEquals(2, entry.getJsonArray("lines").size());

        JsonObject trialBalance = accountant().get("api/trial-balance?period=2031-03").json();
        assertEquals(-1_500_000, movement(trialBalance, "4581"), "insurer current accounts roll up into 4581");
        assertEquals(1_500_000, movement(trialBalance, "5211"));
        JsonObject totals = trialBalance.getJsonObject("totals");
        assertEquals(1_500_000, totals.getJsonNumber("debit").longValue());
        assertEquals(1_500_000, totals.getJsonNumber("credit").longValue());

        JsonObject april = accountant().get("api/trial-balance?period=2031-04").json();
        assertEquals(rowOf(trialBalance, "5211").getJsonNumber("closing").longValue(),
                rowOf(april, "5211").getJsonNumber("opening").longValue(), "March's closing is April's opening");
    }

    @Test
    @Order(3)
    void replayReturnsTheOriginalEntryAndAConflictingReplayIsRefused() {
        String request = simple("BQ", "2031-03-11", "IT-DEP-2", "5211", "4581.NSIA", "250000");
        Api.Reply first = accountant().post("api/entries", request);
        assertEquals(201, first.status(), first::toString);
        Api.Reply replay = accountant().post("api/entries", request);
        assertEquals(200, replay.status(), replay::toString);
        assertEquals(first.json().getJsonNumber("id").longValue(), replay.json().getJsonNumber("id").longValue());

        Api.Reply conflict = accountant().post("api/entries", simple("BQ", "2031-03-11", "IT-DEP-2", "5211", "4581.NSIA", "250001"));
        assertProblem(conflict, 409, "entry.source-reference-conflict", "sourceReference");
        assertEquals(1_750_000, movement(accountant().get("api/trial-balance?period=2031-03").json(), "5211"), "posted once");
    }

    @Test
    @Order(4)
    void refusesBadEntriesWithTheRuleAndTheFieldAndWritesNothing() {
        Api api = accountant();
        assertProblem(api.post("api/entries", entry("BQ", "2031-03-12", "IT-BAD-1", "unbalanced",
                line("5211", "1000", null), line("4581.ASKIA", null, "999"))), 422, "entry.unbalanced", "lines");
        assertProblem(api.post("api/entries", entry("BQ", "2031-03-12", "IT-BAD-2", "one line",
                line("5211", "1000", null))), 422, "entry.too-few-lines", "lines");
        assertProblem(api.post("api/entries", entry("BQ", "2031-03-12", "IT-BAD-3", "centimes",
                line("5211", "12.5", null), line("4581.ASKIA", null, "12.5"))), 422, "line.amount-not-whole", "lines[0].debit");
        assertProblem(api.post("api/entries", entry("BQ", "2031-03-12", "IT-BAD-4", "negative",
                line("5211", "-10", null), line("4581.ASKIA", null, "-10"))), 422, "line.amount-not-positive", "lines[0].debit");
        assertProblem(api.post("api/entries", simple("BQ", "2031-03-12", "IT-BAD-5", "5211", "999999", "10")),
                422, "account.unknown", "lines[1].accountCode");
        assertProblem(api.post("api/entries", simple("BQ", "2031-03-12", "IT-BAD-6", "5211", "4581", "10")),
                422, "account.not-postable", "lines[1].accountCode");
        assertProblem(api.post("api/entries", simple("XX", "2031-03-12", "IT-BAD-7", "5211", "4581.ASKIA", "10")),
                422, "journal.unknown", "journalCode");
        assertProblem(api.post("api/entries", simple("BQ", "2049-03-12", "IT-BAD-8", "5211", "4581.ASKIA", "10")),
                422, "period.missing", "entryDate");
        assertProblem(api.post("api/entries", "{\"journalCode\":\"BQ\",\"entryDate\":\"not a date\"}"), 400, "field.invalid", "entryDate");
        assertProblem(api.post("api/entries", simple("BQ", "2031-03-12", "REV-1", "5211", "4581.ASKIA", "10")
                .replace("\"source\":\"IT\"", "\"source\":\"REVERSAL\"")), 422, "entry.source-reserved", "source");

        JsonObject totals = api.get("api/trial-balance?period=2031-03").json().getJsonObject("totals");
        assertEquals(1_750_000, totals.getJsonNumber("debit").longValue(), "none of the refused entries was written");
    }

    @Test
    @Order(5)
    void aBatchIsPostedWholeOrNotAtAll() {
        String good1 = simple("OP", "2031-05-02", "IT-BATCH-1", "4581.CGA", "4011.HR-THIES", "300000");
        String good2 = simple("OP", "2031-05-03", "IT-BATCH-2", "4581.CGA", "4011.CS-MBOUR", "200000");
        String bad = simple("OP", "2031-05-04", "IT-BATCH-3", "4581.CGA", "4011", "100000");
        Api.Reply refused = accountant().post("api/entries/batch", "[" + good1 + "," + good2 + "," + bad + "]");
        assertProblem(refused, 422, "account.not-postable", "entries[2].lines[1].accountCode");
        assertEquals(0, accountant().get("api/trial-balance?period=2031-05").json().getJsonObject("totals")
                .getJsonNumber("debit").longValue(), "the good entries of a refused batch are not posted either");

        Api.Reply posted = accountant().post("api/entries/batch", "[" + good1 + "," + good2 + "]");
        assertEquals(201, posted.status(), posted::toString);
        assertEquals(2, posted.json().getInt("posted"));
        assertEquals(-500_000, movement(accountant().get("api/trial-balance?period=2031-05").json(), "4011"));
    }

    @Test
    @Order(6)
    void reversesAnEntryOnceAndOnlyOnce() {
        long original = accountant().post("api/entries",
                simple("OD", "2031-06-05", "IT-REV-1", "622", "5212", "80000")).json().getJsonNumber("id").longValue();
        Api.Reply reversal = accountant().post("api/entries/" + original + "/reversal",
                "{\"date\":\"2031-06-20\",\"reason\":\"loyer imputé par erreur\"}");
        assertEquals(201, reversal.status(), reversal::toString);
        JsonObject mirror = reversal.json();
        assertEquals(original, mirror.getJsonNumber("reversesEntryId").longValue());
        assertEquals(80_000, mirror.getJsonArray("lines").getJsonObject(0).getJsonNumber("credit").longValue(),
                "the debit of the original becomes a credit");
        assertEquals(mirror.getJsonNumber("id").longValue(),
                accountant().get("api/entries/" + original).json().getJsonNumber("reversedByEntryId").longValue());

        assertProblem(accountant().post("api/entries/" + original + "/reversal", "{\"reason\":\"encore\"}"),
                409, "entry.already-reversed", "entryId");
        assertProblem(accountant().post("api/entries/" + mirror.getJsonNumber("id") + "/reversal", "{\"reason\":\"x\"}"),
                409, "entry.is-reversal", "entryId");
        JsonObject june = accountant().get("api/trial-balance?period=2031-06").json();
        assertEquals(0, movement(june, "622"), "original and reversal cancel out");
        assertEquals(80_000, rowOf(june, "622").getJsonNumber("debit").longValue(), "both entries stay in the books");
    }

    @Test
    @Order(7)
    void aClosedPeriodRefusesPostingsUntilAnAdministratorReopensIt() {
        Api.Reply closed = accountant().post("api/periods/2031-07/close", "{}");
        assertEquals(200, closed.status(), closed::toString);
        assertEquals("CLOSED", closed.json().getString("state"));
        assertProblem(accountant().post("api/entries", simple("BQ", "2031-07-15", "IT-CLOSED-1", "5211", "4581.SALAMA", "1000")),
                409, "period.closed", "entryDate");
        assertProblem(accountant().post("api/periods/2031-07/close", "{}"), 409, "period.already-closed", "period");

        assertEquals(403, accountant().post("api/periods/2031-07/reopen", "{\"reason\":\"correction\"}").status());
        Api admin = Api.as(base, Api.ADMIN);
        assertProblem(admin.post("api/periods/2031-07/reopen", "{}"), 400, "field.required", "reason");
        Api.Reply reopened = admin.post("api/periods/2031-07/reopen", "{\"reason\":\"facture CS-MBOUR oubliée\"}");
        assertEquals(200, reopened.status(), reopened::toString);
        assertEquals("OPEN", reopened.json().getString("state"));
        assertEquals(201, accountant().post("api/entries",
                simple("BQ", "2031-07-15", "IT-CLOSED-1", "5211", "4581.SALAMA", "1000")).status());
        List<JsonObject> history = accountant().get("api/periods/2031-07/history").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("CLOSED", "OPEN"), history.stream().map(c -> c.getString("newState")).toList());
        assertEquals("accountant", history.get(0).getString("actedBy"));
        assertEquals("admin", history.get(1).getString("actedBy"));
        assertEquals("facture CS-MBOUR oubliée", history.get(1).getString("reason"));
    }

    @Test
    @Order(8)
    void accountStatementRunsTheBalanceFromTheOpening() {
        long monthOpening = accountant().get("api/accounts/5211/statement?from=2031-03-01&to=2031-03-01").json()
                .getJsonNumber("opening").longValue();
        JsonObject statement = accountant().get("api/accounts/5211/statement?from=2031-03-11&to=2031-07-31").json();
        long opening = statement.getJsonNumber("opening").longValue();
        assertEquals(monthOpening + 1_500_000, opening, "the 10 March deposit is before the span, in its opening");
        List<JsonObject> lines = statement.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(2, lines.size());
        assertEquals(opening + 250_000, lines.get(0).getJsonNumber("balance").longValue());
        assertEquals(opening + 251_000, statement.getJsonNumber("closing").longValue());
        assertProblem(accountant().get("api/accounts/5211/statement?from=2031-13-01&to=2031-12-31"), 400, "field.invalid", "from");
    }

    @Test
    @Order(9)
    void journalListingAndReferenceData() {
        Api api = accountant();
        List<JsonObject> bank = api.get("api/journals/BQ/entries?from=2031-01-01&to=2031-12-31").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("IT-DEP-1", "IT-DEP-2", "IT-CLOSED-1"),
                bank.stream().map(e -> e.getString("sourceReference")).toList());

        Api.Reply party = api.post("api/parties", """
                {"code":"IT-PROV","type":"PROVIDER","name":"Clinique du test","conventionType":"PRIVATE_FACILITY","paymentTermDays":30}""");
        assertEquals(201, party.status(), party::toString);
        assertEquals("4011.IT-PROV", party.json().getString("accountCode"));
        assertProblem(api.post("api/parties", """
                {"code":"IT-PROV2","type":"PROVIDER","name":"Sans convention"}"""), 400, "field.invalid", "conventionType");
        assertEquals(201, api.post("api/entries", simple("OP", "2031-08-01", "IT-PROV-1", "4581.ASKIA", "4011.IT-PROV", "45000")).status());

        Api.Reply account = api.post("api/accounts", "{\"code\":\"6241\",\"name\":\"Maintenance informatique\"}");
        assertEquals(201, account.status(), account::toString);
        assertEquals("624", account.json().getString("parentCode"));
        assertProblem(api.post("api/entries", simple("OD", "2031-08-02", "IT-HEAD-1", "624", "5212", "100")),
                422, "account.not-postable", "lines[0].accountCode");
        assertProblem(api.post("api/accounts", "{\"code\":\"6281\",\"name\":\"Téléphone\"}"), 409, "account.parent-has-postings", "code");
        assertEquals(200, Api.as(base, null).get("../openapi").status());
    }

    @Test
    @Order(10)
    void theBooksStayConsistent() {
        LedgerAssertions.assertLedgerConsistent(accountant(), YEAR);
        LedgerAssertions.assertLedgerConsistent(accountant(), 2025);
    }

    static JsonObject rowOf(JsonObject trialBalance, String accountCode) {
        return trialBalance.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> accountCode.equals(row.getString("accountCode")))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + accountCode + " in " + trialBalance));
    }

    /** What the span moved on the account: debit minus credit (balances also carry earlier years). */
    static long movement(JsonObject trialBalance, String accountCode) {
        return trialBalance.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> accountCode.equals(row.getString("accountCode")))
                .mapToLong(row -> row.getJsonNumber("debit").longValue() - row.getJsonNumber("credit").longValue()).sum();
    }

    static void assertProblem(Api.Reply reply, int status, String code, String field) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject problem = reply.json();
        assertEquals(code, problem.getString("code"), reply::toString);
        if (field != null) {
            assertEquals(field, problem.getString("field"), reply::toString);
        }
        assertTrue(problem.getString("detail").length() > 5, "a readable detail");
    }
}
