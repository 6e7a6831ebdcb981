package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sn.pmas.it.Entries.simple;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The read models against the lines they sum (docs/ledger.md, "Read models"): a posting into an
 * earlier year moves the openings of the later ones, and a span of more than six months, read as
 * the year's totals less the months outside it, gives what its months give one by one. Works in
 * 2045 and 2046, which nothing else touches; the methods build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadModelIT extends DeployedLedger {

    private Api accountant() {
        return Api.as(base, Api.ACCOUNTANT);
    }

    @Test
    @Order(1)
    void aPostingIntoAnEarlierYearMovesTheOpeningOfTheLaterOnes() {
        Api api = accountant();
        assertEquals(201, api.post("api/fiscal-years", "{\"year\":2045}").status());
        assertEquals(201, api.post("api/entries", simple("BQ", "2045-03-10", "RM-1", "5211", "4581.ASKIA", "1000000")).status());
        assertEquals(201, api.post("api/entries", simple("OD", "2045-11-20", "RM-2", "601", "5211", "40000")).status());
        assertEquals(201, api.post("api/fiscal-years", "{\"year\":2046}").status());
        long before = opening(trialBalance("period=2046-01"), "5211");
        long resultBefore = opening(trialBalance("period=2046-01"), "128");

        assertEquals(201, api.post("api/entries", simple("BQ", "2045-12-05", "RM-3", "5211", "4581.ASKIA", "300000")).status());
        assertEquals(201, api.post("api/entries", simple("OD", "2045-12-06", "RM-4", "601", "5211", "7000")).status());

        JsonObject january = trialBalance("period=2046-01");
        assertEquals(before + 300_000 - 7_000, opening(january, "5211"));
        assertEquals(linesUpTo("5211", "2045-12-31"), opening(january, "5211"),
                "the year row's opening is the sum of every line before the year");
        assertEquals(resultBefore + 7_000, opening(january, "128"), "the expense of 2045 is carried under 128");
        assertTrue(january.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .noneMatch(row -> "601".equals(row.getString("accountCode"))), "expense accounts start the year at zero");
        assertEquals(0, january.getJsonObject("totals").getJsonNumber("opening").longValue());
        assertEquals(-linesUpTo("4581.ASKIA", "2046-01-31"),
                Api.as(base, Api.DIRECTOR).get("api/principals/ASKIA?asOf=2046-01-31").json()
                        .getJsonNumber("currentAccountBalance").longValue(), "the position reads the same year rows");
    }

    @Test
    @Order(2)
    void aSpanOfMoreThanSixMonthsGivesWhatItsMonthsGive() {
        JsonObject tenMonths = trialBalance("period=2045-02&toPeriod=2045-11");
        long debit = 0;
        long credit = 0;
        for (int month = 2; month <= 11; month++) {
            JsonObject single = trialBalance("period=2045-%02d".formatted(month));
            debit += amount(single, "5211", "debit");
            credit += amount(single, "5211", "credit");
        }
        assertEquals(1_000_000, debit);
        assertEquals(40_000, credit);
        assertEquals(debit, amount(tenMonths, "5211", "debit"));
        assertEquals(credit, amount(tenMonths, "5211", "credit"));
        assertEquals(opening(trialBalance("period=2045-02"), "5211"), opening(tenMonths, "5211"));

        assertEquals(201, accountant().post("api/entries", simple("OD", "2045-12-28", "RM-5", "601", "5211", "2000")).status());
        JsonObject days = trialBalance("from=2045-03-11&to=2045-12-05");
        assertEquals(300_000, amount(days, "5211", "debit"), "the 10 March deposit is in the opening, the 5 December one in");
        assertEquals(40_000, amount(days, "5211", "credit"));
        assertEquals(opening(trialBalance("period=2045-03"), "5211") + 1_000_000, opening(days, "5211"));
        // an auxiliary's lines of the partial days, read by account, show under its control account
        assertEquals(300_000, amount(days, "4581", "credit"), "the 5 December deposit of 4581.ASKIA, under 4581");
        assertEquals(opening(trialBalance("period=2045-03"), "4581") - 1_000_000, opening(days, "4581"));
        assertTrue(days.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .noneMatch(row -> row.getString("accountCode").startsWith("4581.")), "auxiliaries roll up into 4581");
        // more than half of December: its period totals less the lines of 26-31 December
        JsonObject toChristmas = trialBalance("from=2045-03-11&to=2045-12-25");
        assertEquals(300_000, amount(toChristmas, "5211", "debit"));
        assertEquals(47_000, amount(toChristmas, "5211", "credit"), "the 6 December payment in, the 28 December one out");
        assertEquals(49_000, amount(trialBalance("from=2045-03-11&to=2045-12-31"), "5211", "credit"));
        assertEquals(7_000, amount(trialBalance("from=2045-12-06&to=2045-12-27"), "5211", "credit"), "inside a month: its lines");
    }

    @Test
    @Order(3)
    void theBooksStayConsistent() {
        LedgerAssertions.assertLedgerConsistent(accountant(), 2045);
        LedgerAssertions.assertLedgerConsistent(accountant(), 2046);
    }

    private JsonObject trialBalance(String query) {
        Api.Reply reply = accountant().get("api/trial-balance?" + query);
        assertEquals(200, reply.status(), reply::toString);
        return reply.json();
    }

    /** The signed balance of every line of the account up to the date, read from the lines themselves. */
    private long linesUpTo(String account, String date) {
        Api.Reply statement = accountant().get("api/accounts/" + account + "/statement?from=2000-01-01&to=" + date);
        assertEquals(200, statement.status(), statement::toString);
        return statement.json().getJsonNumber("closing").longValue();
    }

    private static long opening(JsonObject trialBalance, String account) {
        return trialBalance.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> account.equals(row.getString("accountCode")))
                .mapToLong(row -> row.getJsonNumber("opening").longValue()).sum();
    }

    private static long amount(JsonObject trialBalance, String account, String side) {
        return trialBalance.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> account.equals(row.getString("accountCode")))
                .mapToLong(row -> row.getJsonNumber(side).longValue()).sum();
    }
}
