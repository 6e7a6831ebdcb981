package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile requests across the API, one per row: each is answered by a 4xx
 * problem+json naming the field at fault, and nothing is written: the ledger's totals and row
 * counts, read through the API before and after, are unchanged. Fiscal year 2053 (January
 * closed), principal HST-INS with funds, entry HST-E1 posted.
 */
class HostileInputIT extends DeployedLedger {

    private static final String FIVE_MB = "x".repeat(5 * 1024 * 1024);
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";

    /** One hostile request and what it must be answered: a null field when the refusal concerns no field. */
    record Hostile(String name, String user, String method, String path, String mediaType, String body, int status, String code,
                   String field) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** What the ledger holds, as a client reads it: any write shows in one of these figures. */
    record Holdings(long debit, long credit, int bankEntries, int operationEntries, int miscEntries, int parties, int accounts,
                    long heldFunds, long committed, int alerts, int fundCalls) {
    }

    private static boolean prepared;

    @BeforeEach
    void prepare() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        if (prepared) {
            return;
        }
        Events.principal(accountant, 2053, "HST-INS", "INSURER", Events.insurerAgreement("2053-01-01", 1_000_000, 1_000));
        accountant.post("api/sig/events", Events.event("FUNDS_RECEIVED", "HST-F1", "2053-02-02", "principal", "HST-INS", "amount", 2_000_000));
        accountant.post("api/entries", Entries.simple("BQ", "2053-02-03", "HST-E1", "5211", "4581.NSIA", "5000"));
        accountant.post("api/periods/2053-01/close", "{}");
        prepared = true;
    }

    static Stream<Hostile> requests() {
        String line = "{\"accountCode\":\"5211\",\"debit\":1000}";
        String credit = "{\"accountCode\":\"4581.NSIA\",\"credit\":1000}";
        return Stream.of(
                post("a JSON array as the entry", "api/entries", "[" + entry("HST-A1", "2053-02-10", line, credit) + "]", 400, "field.invalid", "body"),
                post("a number as the entry", "api/entries", "42", 400, "field.invalid", "body"),
                post("a string as the entry", "api/entries", "\"une écriture\"", 400, "field.invalid", "body"),
                post("null as the entry", "api/entries", "null", 400, "field.required", "body"),
                post("an empty body", "api/entries", "", 400, "field.required", "body"),
                post("truncated JSON", "api/entries", "{\"journalCode\":\"BQ\",", 400, "request.malformed", "body"),
                post("a string where an amount is expected", "api/entries",
                        entry("HST-A2", "2053-02-10", "{\"accountCode\":\"5211\",\"debit\":\"1000\"}", credit), 400, "field.invalid", "lines[0].debit"),
                post("an object where the lines are expected", "api/entries",
                        entry("HST-A3", "2053-02-10", line).replace("[" + line + "]", line), 400, "field.invalid", "lines"),
                post("a null line", "api/entries", entry("HST-A4", "2053-02-10", "null", line, credit), 400, "field.invalid", "lines[0]"),
                post("a French date", "api/entries", entry("HST-A5", "10/02/2053", line, credit), 400, "field.invalid", "entryDate"),
                post("a number as the date", "api/entries", entry("HST-A6", "2053-02-10", line, credit).replace("\"2053-02-10\"", "20530210"),
                        400, "field.invalid", "entryDate"),
                post("a number as the journal", "api/entries", entry("HST-A7", "2053-02-10", line, credit).replace("\"BQ\"", "7"),
                        400, "field.invalid", "journalCode"),
                post("an unbalanced entry", "api/entries", entry("HST-A8", "2053-02-10", line,
                        "{\"accountCode\":\"4581.NSIA\",\"credit\":999}"), 422, "entry.unbalanced", "lines"),
                post("an amount beyond the limit", "api/entries", entry("HST-A9", "2053-02-10",
                        "{\"accountCode\":\"5211\",\"debit\":99999999999999999999}", "{\"accountCode\":\"4581.NSIA\",\"credit\":99999999999999999999}"),
                        422, "line.amount-too-large", "lines[0].debit"),
                post("an amount of a billion digits", "api/entries", entry("HST-A10", "2053-02-10",
                        "{\"accountCode\":\"5211\",\"debit\":1e999999999}", credit), 400, "field.invalid", "lines[0].debit"),
                post("centimes", "api/entries", entry("HST-A11", "2053-02-10",
                        "{\"accountCode\":\"5211\",\"debit\":12.5}", "{\"accountCode\":\"4581.NSIA\",\"credit\":12.5}"), 422, "line.amount-not-whole", "lines[0].debit"),
                post("a negative amount", "api/entries", entry("HST-A12", "2053-02-10",
                        "{\"accountCode\":\"5211\",\"debit\":-1000}", "{\"accountCode\":\"4581.NSIA\",\"credit\":-1000}"), 422, "line.amount-not-positive", "lines[0].debit"),
                post("a 5 MB description", "api/entries", entry("HST-A13", "2053-02-10", line, credit).replace("\"Hostile\"", "\"" + FIVE_MB + "\""),
                        400, "field.invalid", "description"),
                post("a 5 MB line label", "api/entries", entry("HST-A14", "2053-02-10",
                        "{\"accountCode\":\"5211\",\"debit\":1000,\"label\":\"" + FIVE_MB + "\"}", credit), 400, "field.invalid", "lines[0].label"),
                post("SQL in an account code", "api/entries", entry("HST-A15", "2053-02-10",
                        "{\"accountCode\":\"5211' OR '1'='1\",\"debit\":1000}", credit), 422, "account.unknown", "lines[0].accountCode"),
                post("HTML in the description, in a closed period", "api/entries", entry("HST-A16", "2053-01-15", line, credit)
                        .replace("\"Hostile\"", "\"<script>alert('x')</script>\""), 409, "period.closed", "entryDate"),
                post("the SIG's source", "api/entries", entry("HST-A17", "2053-02-10", line, credit).replace("\"IT\"", "\"SIG\""),
                        422, "entry.source-reserved", "source"),
                post("the reversals' source in lower case", "api/entries", entry("HST-A18", "2053-02-10", line, credit)
                        .replace("\"IT\"", "\" reversal \""), 422, "entry.source-reserved", "source"),
                post("the treasury's source", "api/entries", entry("HST-A19", "2053-02-10", line, credit).replace("\"IT\"", "\"TREASURY\""),
                        422, "entry.source-reserved", "source"),
                post("a SIG event type on a manual entry", "api/entries", entry("HST-A19b", "2053-02-10", line, credit)
                        .replace("\"IT\"", "\"IT\",\"eventType\":\"CLAIM_VALIDATED\""), 422, "entry.source-reserved", "eventType"),
                post("a date without a fiscal year", "api/entries", entry("HST-A20", "2099-02-10", line, credit), 422, "period.missing", "entryDate"),
                post("an unknown journal", "api/entries", entry("HST-A21", "2053-02-10", line, credit).replace("\"BQ\"", "\"ZZ\""),
                        422, "journal.unknown", "journalCode"),
                post("a control account", "api/entries", entry("HST-A22", "2053-02-10", line,
                        "{\"accountCode\":\"4581\",\"credit\":1000}"), 422, "account.not-postable", "lines[1].accountCode"),
                post("a booked reference with another content", "api/entries",
                        Entries.simple("BQ", "2053-02-03", "HST-E1", "5211", "4581.NSIA", "5001"), 409, "entry.source-reference-conflict", "sourceReference"),
                new Hostile("a director posting", Api.DIRECTOR, "POST", "api/entries", JSON, entry("HST-A23", "2053-02-10", line, credit),
                        403, "auth.forbidden", null),
                new Hostile("an insurer posting", Api.INSURER_ASKIA, "POST", "api/entries", JSON, entry("HST-A24", "2053-02-10", line, credit),
                        403, "auth.forbidden", null),
                new Hostile("no credentials", null, "POST", "api/entries", JSON, entry("HST-A25", "2053-02-10", line, credit),
                        401, "auth.required", null),
                post("an object as a batch", "api/entries/batch", entry("HST-B1", "2053-02-10", line, credit), 400, "field.invalid", "body"),
                post("a null entry in a batch", "api/entries/batch", "[" + entry("HST-B2", "2053-02-10", line, credit) + ",null]",
                        400, "field.invalid", "entries[1]"),
                post("a reserved source after a good entry in a batch", "api/entries/batch", "[" + entry("HST-B3", "2053-02-10", line, credit) + ","
                        + entry("HST-B4", "2053-02-10", line, credit).replace("\"IT\"", "\"SIG\"") + "]", 422, "entry.source-reserved", "entries[1].source"),
                post("an empty batch", "api/entries/batch", "[]", 400, "field.invalid", "entries"),
                post("a reversal of no entry", "api/entries/999999999/reversal", "{\"reason\":\"essai\"}", 404, "entry.not-found", "entryId"),
                post("an array as a reversal", "api/entries/1/reversal", "[]", 400, "field.invalid", "body"),
                post("letters as an entry number", "api/entries/abc/reversal", "{\"reason\":\"essai\"}", 400, "field.invalid", "id"),
                post("an array as a SIG event", "api/sig/events", "[" + funds("HST-S1", "1000") + "]", 400, "field.invalid", "body"),
                post("a string as a SIG amount", "api/sig/events", funds("HST-S2", "\"1000\""), 400, "field.invalid", "amount"),
                post("an object as the events of a batch", "api/sig/events/batch", "{\"events\":" + funds("HST-S3", "1000") + "}",
                        400, "field.invalid", "events"),
                post("a null event in a batch", "api/sig/events/batch", "{\"events\":[null]}", 400, "field.invalid", "events[0]"),
                post("an event of an unknown principal", "api/sig/events", funds("HST-S4", "1000").replace("HST-INS", "NOBODY"),
                        422, "events.rejected", "events"),
                post("a 5 MB event reference", "api/sig/events", funds(FIVE_MB, "1000"), 422, "events.rejected", "events"),
                post("an event in a closed period", "api/sig/events", funds("HST-S5", "1000").replace("2053-02-05", "2053-01-20"),
                        422, "events.rejected", "events"),
                new Hostile("an insurer booking SIG events", Api.INSURER_ASKIA, "POST", "api/sig/events", JSON, funds("HST-S6", "1000"),
                        403, "auth.forbidden", null),
                new Hostile("a spreadsheet that is not one", Api.ACCOUNTANT, "POST", "api/sig/imports",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\u0003\u0004 pas un classeur", 422, "import.rejected", null),
                new Hostile("a file with an unknown column", Api.ACCOUNTANT, "POST", "api/sig/imports", CSV,
                        "type;reference;date;principal;amount;pirate\nFUNDS_RECEIVED;HST-I1;2053-02-06;HST-INS;1000;x\n", 422, "import.rejected", null),
                new Hostile("a file of more than 5 MB", Api.ACCOUNTANT, "POST", "api/sig/imports", CSV,
                        "type;reference;date;principal;amount;label\n" + ("FUNDS_RECEIVED;HST-I2;2053-02-06;HST-INS;1000;" + "y".repeat(1000) + "\n").repeat(5300),
                        413, "import.too-large", "body"),
                new Hostile("a file as JSON", Api.ACCOUNTANT, "POST", "api/sig/imports", JSON, funds("HST-I3", "1000"), 415, "request.media-type", null),
                post("letters as a fiscal year", "api/fiscal-years", "{\"year\":\"2054\"}", 400, "field.invalid", "year"),
                post("an unknown party type", "api/parties", "{\"code\":\"HST-P1\",\"type\":\"PIRATE\",\"name\":\"x\"}", 400, "field.invalid", "type"),
                post("letters as an agreement's target", "api/principals/HST-INS/agreements",
                        Events.insurerAgreement("2053-03-01", 1_000_000, 1_000).replace("\"targetLevel\":1000000", "\"targetLevel\":\"beaucoup\""),
                        400, "field.invalid", "targetLevel"),
                new Hostile("an accountant reopening a period", Api.ACCOUNTANT, "POST", "api/periods/2053-01/reopen", JSON,
                        "{\"reason\":\"essai\"}", 403, "auth.forbidden", null),
                get("a thirteenth month", "api/trial-balance?period=2053-13", 400, "field.invalid", "period"),
                get("letters as a page size", "api/journals/BQ/entries?from=2053-01-01&to=2053-12-31&size=abc", 400, "field.invalid", "size"),
                get("a page too large", "api/journals/BQ/entries?from=2053-01-01&to=2053-12-31&size=100000", 400, "field.invalid", "size"),
                get("an unknown party type in a query", "api/parties?type=PIRATE", 400, "field.invalid", "type"),
                get("no date in a statement", "api/accounts/5211/statement?from=hier&to=2053-12-31", 400, "field.invalid", "from"),
                new Hostile("an insurer reading another insurer's statement", Api.INSURER_ASKIA, "GET",
                        "api/principals/NSIA/statement?from=2053-01-01&to=2053-12-31", null, null, 403, "auth.forbidden", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void isRefusedWithItsFieldAndWritesNothing(Hostile hostile) {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Holdings before = holdings(accountant);
        Api client = Api.as(base, hostile.user());
        Api.Reply reply = hostile.method().equals("GET") ? client.get(hostile.path())
                : client.post(hostile.path(), hostile.mediaType(), hostile.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(hostile.status(), reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject problem = reply.json();
        assertEquals(hostile.code(), problem.getString("code"), reply::toString);
        if (hostile.field() != null) {
            assertEquals(hostile.field(), problem.getString("field", null), reply::toString);
        }
        assertTrue(problem.getString("detail").length() > 5, "a readable detail: " + reply);
        assertTrue(reply.bytes().length < 20_000, "the problem does not echo the request back: " + reply.bytes().length + " bytes");
        assertEquals(before, holdings(accountant), "nothing written");
    }

    private static Holdings holdings(Api accountant) {
        JsonObject totals = accountant.get("api/trial-balance?from=2053-01-01&to=2053-12-31").json().getJsonObject("totals");
        JsonObject position = accountant.get("api/principals/HST-INS?asOf=2053-12-31").json();
        return new Holdings(totals.getJsonNumber("debit").longValue(), totals.getJsonNumber("credit").longValue(),
                count(accountant, "api/journals/BQ/entries?from=2053-01-01&to=2053-12-31&size=500"),
                count(accountant, "api/journals/OP/entries?from=2053-01-01&to=2053-12-31&size=500"),
                count(accountant, "api/journals/OD/entries?from=2053-01-01&to=2053-12-31&size=500"),
                count(accountant, "api/parties"), count(accountant, "api/accounts"),
                position.getJsonNumber("heldFunds").longValue(), position.getJsonNumber("committed").longValue(),
                count(accountant, "api/alerts"), count(accountant, "api/fund-calls"));
    }

    private static int count(Api accountant, String path) {
        Api.Reply reply = accountant.get(path);
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().size();
    }

    private static Hostile post(String name, String path, String body, int status, String code, String field) {
        return new Hostile(name, Api.ACCOUNTANT, "POST", path, JSON, body, status, code, field);
    }

    private static Hostile get(String name, String path, int status, String code, String field) {
        return new Hostile(name, Api.ACCOUNTANT, "GET", path, null, null, status, code, field);
    }

    private static String entry(String reference, String date, String... lines) {
        return Entries.entry("BQ", date, reference, "Hostile", lines);
    }

    private static String funds(String reference, String amount) {
        return "{\"type\":\"FUNDS_RECEIVED\",\"reference\":\"" + reference + "\",\"date\":\"2053-02-05\",\"principal\":\"HST-INS\",\"amount\":"
                + amount + "}";
    }
}
