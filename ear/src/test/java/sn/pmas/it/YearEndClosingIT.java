package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.simple;
import static sn.pmas.it.PostingIT.assertProblem;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Closing a fiscal year on the deployed EAR (docs/year-end.md): checks listed, the closing and AN
 * entries line by line, the next year's openings equal to the closed year's closing balances
 * account by account, the closed year refusing postings through the API and by direct SQL,
 * reopening, two confirmations at once, the allocation 90/10, a table of bad input, and the years
 * before a closed one refusing postings and new years. Fiscal years 2096 and 2097 (opened by the
 * closing, the approval's) are this test's own, 2095 its bad input's (without entries: 2096's
 * previous year passes its check): after every other test's years, and the test runs last
 * ({@code @Order}, with {@code junit-platform.properties}), because no year before a closed one
 * takes a posting or is created any more (docs/year-end.md), while the other tests post into their
 * years in any order.
 */
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearEndClosingIT extends DeployedLedger {

    private static final int YEAR = 2096;
    private static final int NEXT = 2097;
    /** Opened by the bad input's test, before 2096 closes; no entry ever: a year before a closed one. */
    private static final int EARLIER = 2095;
    private static final String INSURER = "YE-INS";
    private static final String OTHER_INSURER = "YE-IN2";
    private static final String CLOSING = "api/fiscal-years/" + YEAR + "/closing";

    @ArquillianResource
    @OperateOnDeployment("tamper")
    private URL tamper;

    @Deployment(name = "tamper", testable = false)
    static WebArchive tamperWar() {
        return ShrinkWrap.create(WebArchive.class, "year-end-tamper.war").addClass(RegisterTamper.class);
    }

    @Test
    @Order(2)
    void aYearClosesIsLockedReopensClosesOnceUnderTwoConfirmationsAndItsResultIsAllocated() throws Exception {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Api admin = Api.as(base, Api.ADMIN);
        Events.principal(accountant, YEAR, INSURER, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 1_000_000, 0));
        Events.principal(accountant, YEAR, OTHER_INSURER, "INSURER", Events.insurerAgreement(YEAR + "-01-01", 1_000_000, 0));
        // accounts no register reconciles (a manual entry on one would fail the sub-ledger check, as it should)
        post(accountant, simple("BQ", YEAR + "-02-10", "YE-1", "571", "4581." + INSURER, "1000000"));
        post(accountant, simple("BQ", YEAR + "-02-11", "YE-2", "571", "4581." + OTHER_INSURER, "400000"));
        post(accountant, simple("OD", YEAR + "-03-15", "YE-3", "4581." + INSURER, "4018", "300000"));
        post(accountant, simple("OD", YEAR + "-06-30", "YE-4", "632", "571", "200000"));
        post(accountant, simple("OD", YEAR + "-09-30", "YE-5", "571", "758", "450000"));

        // checks first: the twelve open periods, each named; the confirmation refused, nothing written
        Map<String, JsonObject> checks = checks(accountant);
        assertEquals(List.of("periods", "previous-year", "next-year", "sub-ledgers", "banks", "clearing-accounts"), List.copyOf(checks.keySet()));
        assertEquals(12, checks.get("periods").getJsonArray("failures").size(), checks.get("periods")::toString);
        assertTrue(checks.get("periods").getJsonArray("failures").getString(4).startsWith("Période " + YEAR + "-05 ouverte"));
        checks.values().stream().filter(check -> !check.getString("code").equals("periods"))
                .forEach(check -> assertTrue(check.getBoolean("passed"), check::toString));
        Api.Reply refused = accountant.post(CLOSING, "");
        assertProblem(refused, 409, "year-end.checks-failed", "year");
        assertEquals(12, refused.json().getJsonArray("errors").size(), refused::toString);
        assertFalse(status(accountant).getBoolean("closed"));

        for (int month = 1; month <= 12; month++) {
            assertEquals(200, accountant.post("api/periods/%d-%02d/close".formatted(YEAR, month), "").status());
        }
        checks(accountant).values().forEach(check -> assertTrue(check.getBoolean("passed"), check::toString));
        JsonObject preview = accountant.get(CLOSING + "/preview").json();
        assertEquals(450_000, preview.getJsonNumber("products").longValue());
        assertEquals(200_000, preview.getJsonNumber("charges").longValue());
        assertEquals(250_000, preview.getJsonNumber("result").longValue());
        assertEquals("131", preview.getString("resultAccount"));
        Map<String, Long> closingBefore = column(accountant, YEAR + "-12", "closing");

        // the closing: classes 6-8 to the result on 31 December, AN entries on 1 January
        Api.Reply closed = accountant.post(CLOSING, "");
        assertEquals(201, closed.status(), closed::toString);
        assertTrue(closed.json().getBoolean("closed"));
        assertEquals(250_000, closed.json().getJsonArray("history").getJsonObject(0).getJsonNumber("result").longValue());
        JsonObject closingEntry = single(accountant, "OD", YEAR + "-12-31");
        assertEquals("YEAR_END", closingEntry.getString("source"));
        assertEquals("CLOTURE-" + YEAR + "-1-1", closingEntry.getString("sourceReference"));
        assertEquals(List.of("632 C 200000", "758 D 450000", "131 C 250000"), lines(closingEntry));
        Map<String, Long> closingAfter = column(accountant, YEAR + "-12", "closing");
        assertEquals(0, closingAfter.getOrDefault("632", 0L), "class 6 at zero");
        assertEquals(0, closingAfter.getOrDefault("758", 0L), "class 7 at zero");
        assertEquals(closingBefore.getOrDefault("131", 0L) - 250_000, closingAfter.get("131"), "the excess in 131");
        closingAfter.forEach((code, balance) -> {
            if (code.charAt(0) >= '6') {
                assertEquals(0, balance, code + ": income and expense closed");
            }
        });

        Map<String, Long> openingNext = column(accountant, NEXT + "-01", "opening");
        assertEquals(nonZero(closingAfter), nonZero(openingNext), "the next year opens with the closed year's closing balances, account by account");
        List<String> anLines = new ArrayList<>();
        for (JsonObject entry : entries(accountant, "AN", NEXT + "-01-01")) {
            assertEquals("YEAR_END", entry.getString("source"));
            assertTrue(entry.getString("sourceReference").startsWith("AN-" + NEXT + "-1-"), entry::toString);
            anLines.addAll(lines(entry));
        }
        assertTrue(anLines.contains("4581." + INSURER + " C 700000"), "the insurer's auxiliary keeps its own balance: " + anLines);
        assertTrue(anLines.contains("4581." + OTHER_INSURER + " C 400000"), "each auxiliary keeps its own balance");
        assertTrue(anLines.contains("131 C 250000"), "the excess carried");
        assertEquals(-700_000, closingOf(accountant, "4581." + INSURER, NEXT + "-01-31"), "no balance counted twice");
        assertEquals(-700_000, closingOf(accountant, "4581." + INSURER, YEAR + "-12-31"));
        assertEquals("700000", currentAccountForFundCalls(), "the fund call's état skips the AN entries: the balance once");

        // locked: no posting, no period reopening, by the API or by direct SQL; the entries undone only by reopening
        assertProblem(accountant.post("api/entries", simple("OD", YEAR + "-05-10", "YE-LATE", "632", "571", "1000")), 409,
                "period.closed", "entryDate");
        assertProblem(admin.post("api/periods/" + YEAR + "-05/reopen", "{\"reason\":\"oubli\"}"), 409, "fiscal-year.closed", "period");
        assertProblem(accountant.post("api/entries/" + closingEntry.getJsonNumber("id").longValue() + "/reversal", "{\"reason\":\"x\"}"),
                409, "entry.owned-by-subledger", "entryId");
        assertTrue(sqlRefused("UPDATE fiscal_period SET state = 'OPEN' WHERE id = " + YEAR + "05").contains("period_of_closed_year"));
        long closingId = closingEntry.getJsonNumber("id").longValue();
        assertTrue(sqlRefused("INSERT INTO journal_line (entry_id, line_number, account_id, period_id, entry_date, debit, credit) "
                + "SELECT " + closingId + ", 4, id, " + YEAR + "12, DATE('" + YEAR + "-12-31'), 10, 0 FROM account WHERE code = '571'")
                .contains("line_period_open"));
        assertEquals("3", sql("SELECT COUNT(*) FROM journal_line WHERE entry_id = " + closingId));
        assertEquals(250_000, accountant.get(CLOSING + "/preview").json().getJsonNumber("result").longValue(), "the preview of a closed year");

        // reopening: administrators only, with a reason; the closing and AN entries reversed
        assertProblem(accountant.post(CLOSING + "/reopen", "{\"reason\":\"erreur\"}"), 403, "auth.forbidden", null);
        Api.Reply reopened = admin.post(CLOSING + "/reopen", "{\"reason\":\"Facture de décembre oubliée\"}");
        assertEquals(201, reopened.status(), reopened::toString);
        JsonObject event = reopened.json().getJsonArray("history").getJsonObject(1);
        assertEquals("REOPENED", event.getString("action"));
        assertEquals("admin", event.getString("actedBy"));
        assertEquals("Facture de décembre oubliée", event.getString("reason"));
        assertFalse(reopened.json().getBoolean("closed"));
        assertEquals(nonZero(closingBefore), nonZero(column(accountant, YEAR + "-12", "closing")), "the closing reversed");
        assertEquals(broughtForward(closingBefore), nonZero(column(accountant, NEXT + "-01", "opening")),
                "without AN entries, the openings are brought forward again");
        assertEquals(-700_000, closingOf(accountant, "4581." + INSURER, NEXT + "-01-31"), "the AN entries reversed: still counted once");
        assertEquals("700000", currentAccountForFundCalls(), "and their reversals too");

        // two confirmations at once: one closes (201), the other answers the same closing (200)
        List<Integer> statuses = twice(() -> accountant.post(CLOSING, "").status());
        assertEquals(List.of(200, 201), statuses.stream().sorted().toList());
        JsonObject twiceClosed = status(accountant);
        assertEquals(3, twiceClosed.getJsonArray("history").size(), "closed once more, not twice");
        assertEquals("CLOTURE-" + YEAR + "-2-1", single(accountant, "OD", YEAR + "-12-31", "CLOTURE-" + YEAR + "-2-").getString("sourceReference"));
        assertEquals(nonZero(column(accountant, YEAR + "-12", "closing")), nonZero(column(accountant, NEXT + "-01", "opening")));

        // the allocation: 90 % of the excess to the statutory reserves, the decided amount, the rest carried forward
        String allocation = CLOSING + "/allocation";
        assertProblem(accountant.post(allocation, "{\"approvedOn\":\"" + NEXT + "-06-15\",\"decidedAmount\":25001,\"decidedAccount\":\"118\"}"),
                422, "year-end.allocation-invalid", "decidedAmount");
        Api.Reply allocated = accountant.post(allocation, "{\"approvedOn\":\"" + NEXT + "-06-15\",\"decidedAmount\":10000,\"decidedAccount\":\"118\"}");
        assertEquals(201, allocated.status(), allocated::toString);
        JsonObject booked = allocated.json().getJsonObject("allocation");
        assertEquals(225_000, booked.getJsonNumber("reserves").longValue());
        assertEquals(15_000, booked.getJsonNumber("carried").longValue());
        assertEquals(List.of("131 D 250000", "112 C 225000", "118 C 10000", "121 C 15000"),
                lines(single(accountant, "OD", NEXT + "-06-15", "AFFECTATION-" + YEAR)));
        assertEquals(200, accountant.post(allocation, "{\"approvedOn\":\"" + NEXT + "-06-15\",\"decidedAmount\":10000,\"decidedAccount\":\"118\"}")
                .status(), "the same decision again is a replay");
        assertProblem(accountant.post(allocation, "{\"approvedOn\":\"" + NEXT + "-06-16\"}"), 409, "year-end.result-allocated", "year");
        assertProblem(admin.post(CLOSING + "/reopen", "{\"reason\":\"trop tard\"}"), 409, "year-end.result-allocated", "year");

        LedgerAssertions.assertLedgerConsistent(accountant, YEAR);
        LedgerAssertions.assertLedgerConsistent(accountant, NEXT);
    }

    /**
     * Once a year is closed, its AN entries carry every balance before it: an open year before it
     * takes no posting, and no year before it is created (nor before the demo's closed 2025).
     */
    @Test
    @Order(3)
    void aYearBeforeAClosedOneTakesNoPostingAndNoneIsCreated() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        assertTrue(status(accountant).getBoolean("closed"), "2096 closed by the test before");
        assertEquals("OPEN", accountant.get("api/fiscal-years/" + EARLIER + "/periods").jsonArray().getJsonObject(2).getString("state"), "its March is open");
        Api.Reply posting = accountant.post("api/entries", simple("OD", EARLIER + "-03-15", "YE-BEFORE", "632", "571", "1000"));
        assertProblem(posting, 409, "fiscal-year.before-closed", "entryDate");
        assertTrue(posting.json().getString("detail").contains("" + EARLIER), posting::toString);
        assertEquals(0, accountant.get("api/journals/OD/entries?from=" + EARLIER + "-01-01&to=" + EARLIER + "-12-31").jsonArray().size(),
                "nothing written");
        for (int year : List.of(2078, 2024)) {
            assertProblem(accountant.post("api/fiscal-years", "{\"year\":" + year + "}"), 409, "fiscal-year.before-closed", "year");
            assertTrue(accountant.get("api/fiscal-years/" + year + "/periods").jsonArray().isEmpty(), year + " not created");
        }
    }

    @Test
    @Order(1)
    void badInputIsRefusedNamingItsFieldAndWritesNothing() {
        Api accountant = Api.as(base, Api.ACCOUNTANT);
        Api admin = Api.as(base, Api.ADMIN);
        int year = EARLIER;
        accountant.post("api/fiscal-years", "{\"year\":" + year + "}");
        String closing = "api/fiscal-years/" + year + "/closing";
        record Case(String what, Api.Reply reply, int status, String code, String field) {
        }
        List<Case> cases = List.of(
                new Case("a year in letters", accountant.post("api/fiscal-years/deux/closing", ""), 400, "field.invalid", "year"),
                new Case("a year not opened", accountant.post("api/fiscal-years/2099/closing", ""), 404, "resource.not-found", "year"),
                new Case("open periods", accountant.post(closing, ""), 409, "year-end.checks-failed", "year"),
                new Case("a director confirming", Api.as(base, Api.DIRECTOR).post(closing, ""), 403, "auth.forbidden", null),
                new Case("reopening an open year", admin.post(closing + "/reopen", "{\"reason\":\"essai\"}"), 409, "year-end.not-closed", "year"),
                new Case("reopening without reason", admin.post(closing + "/reopen", "{}"), 400, "field.required", "reason"),
                new Case("reopening with a blank reason", admin.post(closing + "/reopen", "{\"reason\":\"  \"}"), 400, "field.required", "reason"),
                new Case("a reason of the wrong type", admin.post(closing + "/reopen", "{\"reason\":5}"), 400, "field.invalid", "reason"),
                new Case("reopening without body", admin.post(closing + "/reopen", ""), 400, null, "body"),
                new Case("an accountant reopening", accountant.post(closing + "/reopen", "{\"reason\":\"essai\"}"), 403, "auth.forbidden", null),
                new Case("no approval date", accountant.post(closing + "/allocation", "{}"), 400, "field.required", "approvedOn"),
                new Case("an unreadable date", accountant.post(closing + "/allocation", "{\"approvedOn\":\"hier\"}"), 400, "field.invalid", "approvedOn"),
                new Case("approved within the year", accountant.post(closing + "/allocation", "{\"approvedOn\":\"" + year + "-06-30\"}"),
                        400, "field.invalid", "approvedOn"),
                new Case("an amount in letters", accountant.post(closing + "/allocation", "{\"approvedOn\":\"2096-03-01\",\"decidedAmount\":\"dix\"}"),
                        400, "field.invalid", "decidedAmount"),
                new Case("allocating an open year", accountant.post(closing + "/allocation", "{\"approvedOn\":\"2096-03-01\"}"),
                        409, "year-end.not-closed", "year"),
                new Case("a director allocating", Api.as(base, Api.DIRECTOR).post(closing + "/allocation", "{\"approvedOn\":\"2096-03-01\"}"),
                        403, "auth.forbidden", null));
        for (Case c : cases) {
            assertEquals(c.status(), c.reply().status(), () -> c.what() + ": " + c.reply());
            assertTrue(c.reply().contentType().startsWith("application/problem+json"), () -> c.what() + ": " + c.reply());
            if (c.code() != null) {
                assertEquals(c.code(), c.reply().json().getString("code"), () -> c.what() + ": " + c.reply());
            }
            if (c.field() != null) {
                assertEquals(c.field(), c.reply().json().getString("field"), () -> c.what() + ": " + c.reply());
            }
        }
        JsonObject status = accountant.get(closing).json();
        assertFalse(status.getBoolean("closed"));
        assertEquals(0, status.getJsonArray("history").size(), "nothing written");
        assertTrue(!status.containsKey("allocation") || status.isNull("allocation"), "no allocation");
    }

    private static void post(Api accountant, String entry) {
        Api.Reply reply = accountant.post("api/entries", entry);
        assertEquals(201, reply.status(), reply::toString);
    }

    private JsonObject status(Api reader) {
        return reader.get(CLOSING).json();
    }

    private static Map<String, JsonObject> checks(Api reader) {
        Api.Reply reply = reader.get(CLOSING + "/checks");
        assertEquals(200, reply.status(), reply::toString);
        Map<String, JsonObject> checks = new LinkedHashMap<>();
        reply.jsonArray().getValuesAs(JsonObject.class).forEach(check -> checks.put(check.getString("code"), check));
        return checks;
    }

    /** A column of the trial balance of a month, by account heading. */
    private static Map<String, Long> column(Api reader, String period, String column) {
        Api.Reply reply = reader.get("api/trial-balance?period=" + period);
        assertEquals(200, reply.status(), reply::toString);
        Map<String, Long> values = new TreeMap<>();
        reply.json().getJsonArray("rows").getValuesAs(JsonObject.class)
                .forEach(row -> values.put(row.getString("accountCode"), row.getJsonNumber(column).longValue()));
        return values;
    }

    /** What a year not closed brings forward: the balance-sheet accounts as they are, income and expense into 128. */
    private static Map<String, Long> broughtForward(Map<String, Long> closing) {
        Map<String, Long> opening = new TreeMap<>();
        closing.forEach((code, balance) -> opening.merge(code.charAt(0) <= '5' ? code : "128", balance, Long::sum));
        return nonZero(opening);
    }

    private static Map<String, Long> nonZero(Map<String, Long> values) {
        Map<String, Long> kept = new TreeMap<>(values);
        kept.values().removeIf(value -> value == 0);
        return kept;
    }

    private static List<JsonObject> entries(Api reader, String journal, String date) {
        Api.Reply reply = reader.get("api/journals/" + journal + "/entries?from=" + date + "&to=" + date + "&size=500");
        assertEquals(200, reply.status(), reply::toString);
        return reply.jsonArray().getValuesAs(JsonObject.class);
    }

    private static JsonObject single(Api reader, String journal, String date) {
        List<JsonObject> entries = entries(reader, journal, date).stream().filter(e -> e.getString("source").equals("YEAR_END")).toList();
        assertEquals(1, entries.size(), entries::toString);
        return entries.get(0);
    }

    private static JsonObject single(Api reader, String journal, String date, String referencePrefix) {
        List<JsonObject> entries = entries(reader, journal, date).stream()
                .filter(e -> e.getString("sourceReference").startsWith(referencePrefix)).toList();
        assertEquals(1, entries.size(), entries::toString);
        return entries.get(0);
    }

    /** "632 C 200000": account, side, amount. */
    private static List<String> lines(JsonObject entry) {
        return entry.getJsonArray("lines").getValuesAs(JsonObject.class).stream().map(line -> {
            long debit = line.getJsonNumber("debit").longValue();
            return line.getString("accountCode") + (debit > 0 ? " D " + debit : " C " + line.getJsonNumber("credit").longValue());
        }).toList();
    }

    private static long closingOf(Api reader, String account, String date) {
        return reader.get("api/accounts/" + account + "/statement?from=" + date.substring(0, 8) + "01&to=" + date).json()
                .getJsonNumber("closing").longValue();
    }

    private static List<Integer> twice(Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.of(call, call));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    /** The insurer's current account as the fund call's état sums it (V82's rpt_principal_movement). */
    private String currentAccountForFundCalls() throws IOException, InterruptedException {
        return sql("SELECT SUM(credit - debit) FROM rpt_principal_movement WHERE account_code = '4581." + INSURER + "'");
    }

    private String sql(String statement) {
        return new Tampering(tamper).sql(statement);
    }

    private String sqlRefused(String statement) {
        return new Tampering(tamper).refused(statement);
    }
}
