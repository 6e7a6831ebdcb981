package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sn.pmas.sig.EventFile;
import sn.pmas.sig.EventFileFormat;
import sn.pmas.sig.SigEvent;

/**
 * Importing SIG event files over REST: a CSV and an XLSX of good rows are booked (then replayed),
 * a file with bad rows is refused with each reason on its file row and books nothing. Works in
 * fiscal year 2037 on principals of its own.
 */
class SigImportIT extends DeployedLedger {

    private static final int YEAR = 2037;
    private static final String INSURER = "SIGIMP-INS";
    private static final String PROVIDER = "SIGIMP-PRV";
    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** January: funds received, then a claim above the medical adviser's threshold (validated: "oui"). */
    private static final String JANUARY_CSV = """
            type;reference;date;principal;amount;provider;invoice;careMonth;invoiceReceivedOn;medicalValidation;label\r
            FUNDS_RECEIVED;SIGIMP-FR-1;2037-01-05;SIGIMP-INS;8 000 000;;;;;;"Versement initial; fonds de roulement"\r
            \r
            CLAIM_VALIDATED;SIGIMP-CV-1;2037-01-20;SIGIMP-INS;180000;SIGIMP-PRV;FAC-0117;2037-01;2037-01-12;oui;\r
            """;

    private Api accountant;

    @BeforeEach
    void parties() {
        accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, YEAR, INSURER, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 10_000_000, 2_000_000));
        Events.provider(accountant, PROVIDER);
    }

    @Test
    void goodCsvAndXlsxFilesAreBookedThenReplayedAndBadFilesBookNothing() {
        Api.Reply january = importCsv(JANUARY_CSV);
        assertEquals(200, january.status(), january::toString);
        assertCounts(january.json(), 2, 2, 0);
        assertEquals("SIGIMP-CV-1", january.json().getJsonArray("outcomes").getJsonObject(1).getString("reference"));

        // a month's remaining events in a workbook, with typed cells, depending on each other within the file
        Api.Reply february = accountant.post("api/sig/imports", XLSX, EventFileFormat.XLSX.write(februaryEvents()));
        assertEquals(200, february.status(), february::toString);
        assertCounts(february.json(), 4, 4, 0);

        JsonObject statement = statement(INSURER, YEAR + "-01-01", YEAR + "-12-31");
        assertEquals(0, statement.getJsonNumber("opening").longValue());
        assertEquals(8_000_000, statement.getJsonNumber("totalCredits").longValue(), "the funds received");
        assertEquals(180_000 + 140_000, statement.getJsonNumber("totalDebits").longValue(),
                "the claim, and 14 % of the 1 000 000 F premium collected");
        assertEquals(7_680_000, statement.getJsonNumber("closing").longValue());

        Api.Reply replay = importCsv(JANUARY_CSV);
        assertEquals(200, replay.status(), replay::toString);
        assertCounts(replay.json(), 2, 0, 2);
        assertTrue(replay.json().getJsonArray("outcomes").getJsonObject(0).getBoolean("replayed"));
        assertEquals(7_680_000, statement(INSURER, YEAR + "-01-01", YEAR + "-12-31")
                .getJsonNumber("closing").longValue(), "a replay books nothing");
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void theSampleMonthDownloadsAsXlsxOrCsvAndImportsAsIs() {
        Api.Reply xlsx = accountant.get("api/sig/imports/sample?month=2037-06&format=xlsx");
        assertEquals(200, xlsx.status(), xlsx::toString);
        assertEquals(XLSX, xlsx.contentType());
        assertEquals("attachment; filename=\"evenements-sig-2037-06.xlsx\"", xlsx.headers().firstValue("Content-Disposition").orElse(""));
        EventFile workbook = EventFileFormat.XLSX.read(xlsx.bytes());
        assertEquals(List.of(), workbook.errors());
        Api.Reply csv = accountant.get("api/sig/imports/sample?month=2037-06&format=csv");
        assertEquals(200, csv.status(), csv::toString);
        assertEquals(workbook.events(), EventFileFormat.CSV.read(csv.bytes()).events(), "the same month in both formats");
        assertTrue(workbook.events().stream().map(SigEvent::type).distinct().count() >= 6,
                "a month of every kind of event: " + workbook.events().stream().map(SigEvent::type).distinct().toList());
        assertTrue(workbook.events().stream().anyMatch(event -> event.type().equals("CLAIM_CANCELLED")), "a claim withdrawn too");

        Api.Reply imported = accountant.post("api/sig/imports", XLSX, xlsx.bytes());
        assertEquals(200, imported.status(), imported::toString);
        assertCounts(imported.json(), workbook.rows().size(), workbook.rows().size(), 0);
        assertTrue(imported.json().getJsonArray("outcomes").getValuesAs(jakarta.json.JsonObject.class).stream()
                .anyMatch(outcome -> outcome.getString("type").equals("CLAIM_CANCELLED") && outcome.containsKey("entryId")),
                "the cancellation reversed its claim's entry");
        Api.Reply again = accountant.post("api/sig/imports", CSV, csv.bytes());
        assertCounts(again.json(), workbook.rows().size(), 0, workbook.rows().size());
        PostingIT.assertProblem(accountant.get("api/sig/imports/sample?month=2037-06&format=ods"), 400, "field.invalid", "format");
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void cellsThatCannotBeReadRefuseTheFileWithTheirRows() {
        String csv = """
                type,reference,date,principal,amount,label
                FUNDS_RECEIVED,SIGIMP-FR-10,2037-03-02,SIGIMP-INS,500000,bonne ligne
                FUNDS_RECEIVED,SIGIMP-FR-11,2037-03-03,SIGIMP-INS,12x,
                FUNDS_RECEIVED,SIGIMP-FR-12,31/02/2037,SIGIMP-INS,1000,
                """;
        List<JsonObject> errors = assertRejected(importCsv(csv), 2);
        assertError(errors.get(0), 3, "SIGIMP-FR-11", "amount", "field.invalid");
        assertError(errors.get(1), 4, "SIGIMP-FR-12", "date", "field.invalid");
        assertNothingBookedIn("2037-03");
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void eventsTheIngestionRefusesAreReportedOnTheirFileRows() {
        String csv = """
                type;reference;date;principal;amount;label
                FUNDS_RECEIVED;SIGIMP-FR-20;2037-04-02;SIGIMP-INS;500000;bonne ligne

                FUNDS_RECEIVED;SIGIMP-FR-21;2037-04-31;SIGIMP-INS;1000;
                FUNDS_RECEIVED;SIGIMP-FR-22;2037-04-03;SIGIMP-INS;1000,50;
                FUNDS_RECEIVED;SIGIMP-FR-23;2037-04-03;;1000;
                """;
        List<JsonObject> errors = assertRejected(importCsv(csv), 3);
        assertError(errors.get(0), 4, "SIGIMP-FR-21", "date", "field.invalid");
        assertError(errors.get(1), 5, "SIGIMP-FR-22", "amount", "line.amount-not-whole");
        assertError(errors.get(2), 6, "SIGIMP-FR-23", "principal", "field.required");
        assertNothingBookedIn("2037-04");
        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
    }

    @Test
    void whatIsNoEventFileIsRefusedBeforeAnythingIsRead() {
        List<JsonObject> header = assertRejected(importCsv("type;reference;forceReason\nCLAIM_VALIDATED;X-1;urgence\n"), 1);
        assertError(header.get(0), 1, null, "forceReason", "import.unknown-column");
        List<JsonObject> notAWorkbook = assertRejected(accountant.post("api/sig/imports", XLSX,
                JANUARY_CSV.getBytes(StandardCharsets.UTF_8)), 1);
        assertEquals("import.unreadable", notAWorkbook.get(0).getString("code"));
        assertFalse(notAWorkbook.get(0).containsKey("row"), "the file as a whole (JSON-B leaves nulls out)");

        PostingIT.assertProblem(accountant.post("api/sig/imports", "text/plain", JANUARY_CSV.getBytes(StandardCharsets.UTF_8)),
                415, "request.media-type", null);
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        PostingIT.assertProblem(accountant.post("api/sig/imports", CSV, tooLarge), 413, "import.too-large", "body");
    }

    @Test
    void onlyAccountantsImportAndAScriptWithoutSessionGetsNoBrowserChallenge() {
        byte[] file = JANUARY_CSV.getBytes(StandardCharsets.UTF_8);
        PostingIT.assertProblem(Api.as(base, Api.DIRECTOR).post("api/sig/imports", CSV, file), 403, "auth.forbidden", null);
        Api.Reply program = Api.as(base, null).post("api/sig/imports", CSV, file);
        PostingIT.assertProblem(program, 401, "auth.required", null);
        assertTrue(program.headers().firstValue("WWW-Authenticate").isPresent(), "programs are told to use Basic");
        Api.Reply script = Api.as(base, null).post("api/sig/imports", CSV, file, "X-Requested-With", "XMLHttpRequest");
        PostingIT.assertProblem(script, 401, "auth.required", null);
        assertFalse(script.headers().firstValue("WWW-Authenticate").isPresent(),
                "no challenge, else the browser opens its login box over the page");
    }

    private JsonObject statement(String code, String from, String to) {
        Api.Reply reply = accountant.get("api/principals/" + code + "/statement?from=" + from + "&to=" + to);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    private Api.Reply importCsv(String csv) {
        return accountant.post("api/sig/imports", CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<SigEvent> februaryEvents() {
        return List.of(
                event("PREMIUM_ISSUED", "SIGIMP-PI-1", "2037-02-02", INSURER, "1000000", "CTR-SIGIMP-1", "Santé famille",
                        "2037-02-01", "2037-12-31", null, null, null),
                event("PREMIUM_COLLECTED", "SIGIMP-PC-1", "2037-02-10", null, "1000000", null, null, null, null,
                        "SIGIMP-PI-1", null, null),
                event("CLAIM_PAID", "SIGIMP-CP-1", "2037-02-12", null, null, null, null, null, null, null, "SIGIMP-CV-1", null),
                event("OPERATING_EXPENSE", "SIGIMP-OE-1", "2037-02-27", null, "350000", null, null, null, null, null, null, "622"));
    }

    private static SigEvent event(String type, String reference, String date, String principal, String amount,
                                  String contract, String product, String periodFrom, String periodTo, String premium,
                                  String claim, String account) {
        return new SigEvent(type, reference, date, principal, amount == null ? null : new BigDecimal(amount), contract, null, null,
                product, periodFrom, periodTo, null, null, premium, null, null, null, null, null, null, claim, account,
                "Import " + reference, null);
    }

    private static void assertCounts(JsonObject result, int rows, int booked, int replayed) {
        assertEquals(rows, result.getInt("rows"), result::toString);
        assertEquals(booked, result.getInt("booked"), result::toString);
        assertEquals(replayed, result.getInt("replayed"), result::toString);
        assertEquals(rows, result.getJsonArray("outcomes").size());
    }

    private static List<JsonObject> assertRejected(Api.Reply reply, int errorCount) {
        PostingIT.assertProblem(reply, 422, "import.rejected", null);
        List<JsonObject> errors = reply.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(errorCount, errors.size(), reply::toString);
        errors.forEach(error -> assertTrue(error.getString("message").length() > 10, "a readable reason: " + error));
        return errors;
    }

    private static void assertError(JsonObject error, int row, String reference, String field, String code) {
        assertEquals(row, error.getInt("row"), error::toString);
        assertEquals(reference, error.getString("reference", null), error::toString);
        assertEquals(field, error.getString("field"), error::toString);
        assertEquals(code, error.getString("code"), error::toString);
    }

    /** Not even the good rows of a refused file were booked. */
    private void assertNothingBookedIn(String month) {
        JsonObject statement = statement(INSURER, month + "-01", month + "-28");
        assertTrue(statement.getJsonArray("lines").isEmpty(), statement::toString);
        Api.Reply bank = accountant.get("api/accounts/5211/statement?from=" + month + "-01&to=" + month + "-28");
        assertEquals(0, bank.json().getJsonArray("lines").size(), bank::toString);
    }
}
