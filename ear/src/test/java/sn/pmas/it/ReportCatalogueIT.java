package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Events.batch;
import static sn.pmas.it.Events.event;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report catalogue and the archive of sent documents (docs/report-catalogue.md), on a fresh
 * insurer of 2094 (2093 opened as its year before, empty): one quittance of 100 000 issued
 * 10 January 2094, 60 000 collected 20 January; January and February closed, March open.
 */
class ReportCatalogueIT extends DeployedLedger {

    private static final String INSURER = "CAT-ASSUR";
    private static final String ARCHIVE = "api/reports/archive";
    private static boolean booked;

    @BeforeEach
    void books() {
        if (booked) {
            return;
        }
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Events.principal(accountant, 2093, INSURER, "INSURER", Events.insurerAgreement("2093-01-01", 10_000_000, 0));
        accountant.post("api/fiscal-years", "{\"year\":2094}");
        Api.Reply reply = accountant.post("api/sig/events/batch", batch(
                event("FUNDS_RECEIVED", "CAT-FR-1", "2094-01-02", "principal", INSURER, "amount", 1_000_000),
                event("PREMIUM_ISSUED", "CAT-Q1", "2094-01-10", "principal", INSURER, "contract", "CT-CAT-Q1", "product", "SANTE-INDIV",
                        "periodFrom", "2094-01-01", "periodTo", "2094-03-31", "amount", 100_000, "policyCosts", 0, "taxes", 0),
                event("PREMIUM_COLLECTED", "CAT-C1", "2094-01-20", "premium", "CAT-Q1", "amount", 60_000)));
        assertEquals(200, reply.status(), reply::toString);
        for (String month : List.of("2094-01", "2094-02")) {
            Api.Reply closed = accountant.post("api/periods/" + month + "/close", "{}");
            assertTrue(closed.status() == 200 || closed.status() == 409, closed::toString);
        }
        booked = true;
    }

    @Test
    void theCatalogueListsWhatTheCallersRolesMaySee() {
        List<String> director = codes(Api.as(base, Api.DIRECTOR).get("api/reports/catalogue"));
        assertTrue(director.containsAll(List.of("trial-balance", "monthly-production", "monthly-collections", "monthly-arrears",
                "bordereau", "principal-statement", "treasury-tracking", "bank-reconciliation")), director::toString);

        Api.Reply insurer = Api.as(base, Api.INSURER_ASKIA).get("api/reports/catalogue");
        List<String> askia = codes(insurer);
        assertTrue(askia.containsAll(List.of("monthly-production", "bordereau", "principal-statement", "balance-confirmation")), askia::toString);
        assertFalse(askia.contains("trial-balance") || askia.contains("treasury-tracking"), askia::toString);
        assertTrue(insurer.jsonArray().getValuesAs(JsonObject.class).stream().allMatch(entry -> entry.getBoolean("ownInsurerOnly")));
        assertProblem(Api.as(base, Api.INSURER_ASKIA).get("api/reports/catalogue/trial-balance/document?period=2025-03"), 404,
                "resource.not-found", "report");

        JsonObject bordereau = Api.as(base, Api.DIRECTOR).get("api/reports/catalogue/bordereau").json();
        assertEquals("Bordereau mensuel (production, encaissements, sinistres)", bordereau.getString("title"));
        assertEquals(List.of("kind", "insurer", "month"), bordereau.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .map(parameter -> parameter.getString("name")).toList());
    }

    @Test
    void aReportIsProducedFromTheCatalogueByItsOwnEndpointAndBadParametersAreNamed() throws IOException {
        Api director = Api.as(base, Api.DIRECTOR);
        Api.Reply redirect = director.get("api/reports/catalogue/monthly-production/document?month=2094-02&insurer=" + INSURER + "&format=xlsx");
        assertEquals(303, redirect.status(), redirect::toString);
        assertTrue(redirect.location().endsWith("/api/management/monthly/production?month=2094-02&insurer=" + INSURER + "&format=xlsx"),
                redirect.location());
        Api.Reply xlsx = director.get(redirect.location());
        assertEquals(200, xlsx.status(), xlsx::toString);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            // issued in February, quittances, February 2093, issued to date, quittances, 2093 to date, change
            assertEquals(List.of("Total", 0.0, 0.0, 0.0, 100_000.0, 1.0, 0.0, 100_000.0), ReportIT.rowStartingWith(workbook.getSheetAt(0), "Total"));
        }

        assertProblem(director.get("api/reports/catalogue/budget/document"), 404, "resource.not-found", "report");
        assertProblem(director.get("api/reports/catalogue/monthly-production/document?month=2094-02&colour=red"), 400, "field.invalid", "colour");
        assertProblem(director.get("api/reports/catalogue/monthly-production/document?insurer=" + INSURER), 400, "field.required", "month");
        assertProblem(director.get("api/reports/catalogue/monthly-production/document?month=2094-2"), 400, "field.invalid", "month");
        assertProblem(director.get("api/reports/catalogue/monthly-production/document?month=2094-02&format=html"), 400, "field.invalid", "format");
    }

    @Test
    void twoProductionsOfAClosedMonthAtOnceArchiveEachDocumentOnce() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        String path = ARCHIVE + "/monthly/2094-01?insurer=" + INSURER;
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(() -> accountant.post(path, "{}"));
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(() -> accountant.post(path, "{}"));
        List<JsonObject> one = documents(first.join());
        List<JsonObject> other = documents(second.join());

        assertEquals(6, one.size(), "three tables, PDF and workbook");
        assertEquals(ids(one), ids(other), "both answer the same archived copies");
        long created = one.stream().filter(document -> document.getBoolean("created")).count()
                + other.stream().filter(document -> document.getBoolean("created")).count();
        assertEquals(6, created, "each archived by one of the two");
        List<JsonObject> archived = Api.as(base, Api.AUDITOR).get(ARCHIVE + "?month=2094-01&recipient=" + INSURER).jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(6, archived.size());
        assertEquals(Set.of("monthly-production", "monthly-collections", "monthly-arrears"),
                archived.stream().map(document -> document.getString("report")).collect(Collectors.toSet()));
        assertTrue(archived.stream().allMatch(document -> document.getString("parameters").equals("insurer=" + INSURER + "&month=2094-01")
                && document.getString("sentBy").equals("accountant")));
    }

    @Test
    void anArchivedDocumentComesBackByteIdenticalWithItsHashAndAReproductionChangesNothing() throws IOException {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        List<JsonObject> produced = documents(accountant.post(ARCHIVE + "/monthly/2094-02?insurer=" + INSURER, "{}"));
        JsonObject pdf = produced.stream().filter(document -> document.getJsonObject("report").getString("report").equals("monthly-production")
                && document.getJsonObject("report").getString("format").equals("pdf")).findFirst().orElseThrow().getJsonObject("report");
        long id = pdf.getJsonNumber("id").longValue();

        Api.Reply download = Api.as(base, Api.DIRECTOR).get(ARCHIVE + "/" + id);
        assertEquals(200, download.status(), download::toString);
        assertEquals("application/pdf", download.contentType());
        assertEquals(sha256(download.bytes()), pdf.getString("sha256"), "the bytes are the ones archived");
        assertEquals(pdf.getString("sha256"), download.headers().firstValue("X-Content-SHA256").orElseThrow());
        assertEquals(pdf.getInt("length"), download.bytes().length);
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").contains("tableau-production-" + INSURER + "-2094-02.pdf"));
        String text = PdfText.of(download.bytes());
        for (String expected : List.of("Tableau de production", INSURER + " (test) — 2094-02", "période clôturée", "Total 0 0 0 100 000 1 0 100 000")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }

        List<JsonObject> again = documents(accountant.post(ARCHIVE + "/monthly/2094-02?insurer=" + INSURER, "{}"));
        assertTrue(again.stream().noneMatch(document -> document.getBoolean("created")), "nothing archived twice");
        assertEquals(ids(produced), ids(again));
        assertTrue(java.util.Arrays.equals(download.bytes(), Api.as(base, Api.AUDITOR).get(ARCHIVE + "/" + id).bytes()),
                "the copy sent stays byte for byte");
    }

    @Test
    void anOpenMonthIsNotSentAndNothingIsWritten() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        assertProblem(accountant.post(ARCHIVE + "/monthly/2094-03?insurer=" + INSURER, "{}"), 409, "period.not-closed", "month");
        assertProblem(accountant.post(ARCHIVE + "/monthly/2099-01", "{}"), 422, "period.missing", "month");
        assertProblem(accountant.post(ARCHIVE + "/monthly/2094-1", "{}"), 400, "field.invalid", "month");
        assertProblem(accountant.post(ARCHIVE + "/monthly/2094-02?insurer=NOBODY", "{}"), 404, "party.unknown", "insurer");
        assertProblem(Api.as(base, Api.DIRECTOR).post(ARCHIVE + "/monthly/2094-02", "{}"), 403, "auth.forbidden", null);
        assertEquals(0, Api.as(base, Api.AUDITOR).get(ARCHIVE + "?month=2094-03").jsonArray().size());
        assertProblem(Api.as(base, Api.AUDITOR).get(ARCHIVE + "/999999999"), 404, "resource.not-found", "id");
    }

    @Test
    void anInsurersUserListsAndDownloadsItsOwnDocumentsOnly() {
        Api askia = Api.as(base, Api.INSURER_ASKIA);
        List<JsonObject> own = askia.get(ARCHIVE).jsonArray().getValuesAs(JsonObject.class);
        assertFalse(own.isEmpty(), "the demo's closed months were sent to ASKIA");
        assertTrue(own.stream().allMatch(document -> document.getString("recipient").equals("ASKIA")));
        Api.Reply ownDocument = askia.get(ARCHIVE + "/" + own.get(0).getJsonNumber("id").longValue());
        assertEquals(200, ownDocument.status(), ownDocument::toString);
        assertEquals(own.get(0).getString("sha256"), sha256(ownDocument.bytes()));

        assertProblem(askia.get(ARCHIVE + "?recipient=NSIA"), 403, "auth.forbidden", null);
        long nsia = Api.as(base, Api.DIRECTOR).get(ARCHIVE + "?recipient=NSIA").jsonArray().getValuesAs(JsonObject.class).get(0)
                .getJsonNumber("id").longValue();
        assertProblem(askia.get(ARCHIVE + "/" + nsia), 403, "auth.forbidden", null);
        assertProblem(askia.post(ARCHIVE + "/monthly/2094-02", "{}"), 403, "auth.forbidden", null);
        Api.Reply redirect = askia.get("api/reports/catalogue/monthly-arrears/document?month=2025-01&insurer=NSIA");
        assertEquals(303, redirect.status(), redirect::toString);
        assertProblem(askia.get(redirect.location()), 403, "auth.forbidden", null);
    }

    /**
     * Each kind of document sent on demand, once: archived with its recipient, given back byte for
     * byte with its SHA-256, and the same document as its download (a PDF's text, a CSV's bytes).
     */
    @Test
    void eachDocumentSentOnDemandIsArchivedAsItsDownload() throws IOException {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Api.Reply call = accountant.post("api/fund-calls", "{\"principal\":\"" + INSURER + "\",\"issuedOn\":\"2094-02-15\"}");
        assertEquals(201, call.status(), call::toString);
        String number = call.json().getString("number");
        Api.Reply confirmation = accountant.post("api/confirmations", "{\"principal\":\"" + INSURER + "\",\"quarter\":\"2093-Q4\"}");
        assertEquals(201, confirmation.status(), confirmation::toString);
        long confirmationId = confirmation.json().getJsonNumber("id").longValue();

        // report, parameters, format; the recipient and month archived; the download it must equal
        List<String[]> sendings = List.of(
                new String[] {"bordereau", "\"kind\":\"production\",\"insurer\":\"" + INSURER + "\",\"month\":\"2094-02\"", "pdf", INSURER,
                        "2094-02", "api/bordereaux/production?insurer=" + INSURER + "&month=2094-02&format=pdf"},
                new String[] {"principal-statement", "\"principal\":\"" + INSURER + "\",\"from\":\"2094-01-01\",\"to\":\"2094-02-28\"", "csv",
                        INSURER, "2094-02", "api/principals/" + INSURER + "/statement?from=2094-01-01&to=2094-02-28&format=csv"},
                new String[] {"balance-confirmation", "\"confirmation\":\"" + confirmationId + "\"", "pdf", INSURER, "2093-12",
                        "api/confirmations/" + confirmationId + "/letter"},
                new String[] {"fund-call", "\"call\":\"" + number + "\"", "pdf", INSURER, "2094-02", "api/fund-calls/" + number + "/document"},
                new String[] {"quarterly-package", "\"insurer\":\"ASKIA\",\"quarter\":\"2025-Q1\"", "pdf", "ASKIA", "2025-03",
                        "api/management/quarterly/ASKIA?quarter=2025-Q1&format=pdf"},
                new String[] {"scheme-package", "\"scheme\":\"MUT-THIES\",\"year\":\"2025\"", "pdf", "MUT-THIES", "2025-12",
                        "api/management/annual/schemes/MUT-THIES?year=2025&format=pdf"});
        JsonObject sentCall = null;
        for (String[] sending : sendings) {
            Api.Reply sent = accountant.post(ARCHIVE, "{\"report\":\"" + sending[0] + "\",\"parameters\":{" + sending[1] + "},\"format\":\""
                    + sending[2] + "\"}");
            assertEquals(201, sent.status(), sent::toString);
            JsonObject archived = sent.json().getJsonObject("report");
            sentCall = "fund-call".equals(sending[0]) ? archived : sentCall;
            assertEquals(List.of(sending[0], sending[2], sending[3], sending[4], "accountant"), List.of(archived.getString("report"),
                    archived.getString("format"), archived.getString("recipient"), archived.getString("month"), archived.getString("sentBy")));
            Api.Reply copy = Api.as(base, Api.AUDITOR).get(ARCHIVE + "/" + archived.getJsonNumber("id").longValue());
            assertEquals(archived.getString("sha256"), sha256(copy.bytes()), sending[0]);
            assertEquals(archived.getString("sha256"), copy.headers().firstValue("X-Content-SHA256").orElseThrow());
            Api.Reply download = Api.as(base, Api.DIRECTOR).get(sending[5]);
            assertEquals(200, download.status(), download::toString);
            assertEquals(download.headers().firstValue("Content-Disposition"), copy.headers().firstValue("Content-Disposition"), sending[0]);
            if ("csv".equals(sending[2])) {
                assertTrue(java.util.Arrays.equals(download.bytes(), copy.bytes()), "the statement as downloaded");
            } else {
                assertEquals(PdfText.of(download.bytes()), PdfText.of(copy.bytes()), sending[0] + ": the document the download gives");
            }
        }

        Api.Reply again = accountant.post(ARCHIVE, "{\"report\":\"fund-call\",\"parameters\":{\"call\":\"" + number + "\"}}");
        assertEquals(200, again.status(), again::toString);
        assertFalse(again.json().getBoolean("created"), "what was sent is never replaced");
        assertEquals(sentCall.getString("sha256"), again.json().getJsonObject("report").getString("sha256"));
        assertEquals(sentCall.getJsonNumber("id"), again.json().getJsonObject("report").getJsonNumber("id"));
    }

    @Test
    void twoIdenticalSendingsAtOnceArchiveOnceAndBadOnesWriteNothing() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        String body = "{\"report\":\"bordereau\",\"parameters\":{\"kind\":\"collections\",\"insurer\":\"" + INSURER
                + "\",\"month\":\"2094-02\"},\"format\":\"csv\"}";
        CompletableFuture<Api.Reply> first = CompletableFuture.supplyAsync(() -> accountant.post(ARCHIVE, body));
        CompletableFuture<Api.Reply> second = CompletableFuture.supplyAsync(() -> accountant.post(ARCHIVE, body));
        List<Api.Reply> replies = List.of(first.join(), second.join());
        assertEquals(Set.of(200, 201), replies.stream().map(Api.Reply::status).collect(Collectors.toSet()), replies::toString);
        assertEquals(1, replies.stream().map(reply -> reply.json().getJsonObject("report").getJsonNumber("id").longValue()).distinct().count());

        int archived = Api.as(base, Api.AUDITOR).get(ARCHIVE).jsonArray().size();
        assertProblem(accountant.post(ARCHIVE, "{\"report\":\"no-such-report\",\"parameters\":{}}"), 404, "resource.not-found", "report");
        assertProblem(accountant.post(ARCHIVE, "{\"parameters\":{}}"), 400, "field.required", "report");
        assertProblem(accountant.post(ARCHIVE, "{\"report\":\"bordereau\",\"parameters\":{\"kind\":\"production\",\"insurer\":\"" + INSURER
                + "\",\"month\":\"2094-01\",\"colour\":\"red\"}}"), 400, "field.invalid", "colour");
        assertProblem(accountant.post(ARCHIVE, "{\"report\":\"bordereau\",\"parameters\":{\"kind\":\"production\",\"insurer\":\"" + INSURER
                + "\"}}"), 400, "field.required", "month");
        assertProblem(accountant.post(ARCHIVE, "{\"report\":\"fund-call\",\"parameters\":{\"call\":\"AF-2094-9999\"}}"), 404,
                "resource.not-found", "number");
        assertProblem(accountant.post(ARCHIVE, "{\"report\":\"trial-balance\",\"parameters\":{\"period\":\"2094-01\"}}"), 400,
                "field.invalid", "report");
        assertProblem(accountant.post(ARCHIVE, "{\"report\":\"monthly-production\",\"parameters\":{\"month\":\"2094-01\",\"insurer\":\""
                + INSURER + "\"}}"), 400, "field.invalid", "report");
        assertProblem(Api.as(base, Api.DIRECTOR).post(ARCHIVE, body), 403, "auth.forbidden", null);
        assertProblem(Api.as(base, Api.INSURER_ASKIA).post(ARCHIVE, "{\"report\":\"quarterly-package\",\"parameters\":{\"insurer\":\"NSIA\","
                + "\"quarter\":\"2025-Q1\"}}"), 403, "auth.forbidden", null);
        assertEquals(archived, Api.as(base, Api.AUDITOR).get(ARCHIVE).jsonArray().size(), "nothing written");
    }

    private static List<String> codes(Api.Reply catalogue) {
        assertEquals(200, catalogue.status(), catalogue::toString);
        return catalogue.jsonArray().getValuesAs(JsonObject.class).stream().map(entry -> entry.getString("code")).toList();
    }

    private static List<JsonObject> documents(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    private static Set<Long> ids(List<JsonObject> documents) {
        return documents.stream().map(document -> document.getJsonObject("report").getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
