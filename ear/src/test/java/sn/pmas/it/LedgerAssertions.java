package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * The ledger's invariants, checked from outside through the API after an integration test:
 * every month of the year balances, each principal's working-fund position agrees with its
 * current account in the ledger, and every sub-ledger register ties with its control accounts
 * (GET /api/reconciliation: registers read from their tables, the ledger from journal lines).
 */
final class LedgerAssertions {

    /** The demo year's last day: every register ties there, whatever the tests added since. */
    static final LocalDate DEMO_YEAR_END = LocalDate.of(2025, 12, 31);

    private LedgerAssertions() {
    }

    static void assertLedgerConsistent(Api accountant, int year) {
        for (int month = 1; month <= 12; month++) {
            String period = "%d-%02d".formatted(year, month);
            Api.Reply reply = accountant.get("api/trial-balance?period=" + period);
            assertEquals(200, reply.status(), reply::toString);
            JsonObject totals = reply.json().getJsonObject("totals");
            assertEquals(totals.getJsonNumber("debit").longValue(), totals.getJsonNumber("credit").longValue(),
                    "debits = credits in " + period);
            assertEquals(0, totals.getJsonNumber("opening").longValue(), "opening balances sum to zero in " + period);
            assertEquals(0, totals.getJsonNumber("closing").longValue(), "closing balances sum to zero in " + period);
        }
        assertPositionsAgreeWithTheLedger(accountant, year + "-12-31");
    }

    /** Every register ties with its control accounts on each date; a failure names the first item that differs. */
    static void assertRegistersTied(Api reader, LocalDate... dates) {
        assertRegistersTied(reader, code -> true, dates);
    }

    /**
     * The given register ties on each date. For a class working in years after the demo's: other
     * classes post there too, manual entries on control accounts included, which only the register
     * of the class itself can be checked against.
     */
    static void assertRegisterTied(Api reader, String code, LocalDate... dates) {
        assertRegistersTied(reader, code::equals, dates);
    }

    private static void assertRegistersTied(Api reader, Predicate<String> codes, LocalDate... dates) {
        for (LocalDate date : dates) {
            Api.Reply reply = reader.get("api/reconciliation?asOf=" + date);
            assertEquals(200, reply.status(), reply::toString);
            List<JsonObject> pairs = reply.jsonArray().getValuesAs(JsonObject.class);
            assertTrue(pairs.size() >= 5, () -> "every register is reconciled: " + reply);
            assertTrue(pairs.stream().anyMatch(pair -> codes.test(pair.getString("code"))), () -> "the register is reconciled: " + reply);
            for (JsonObject pair : pairs.stream().filter(pair -> codes.test(pair.getString("code"))).toList()) {
                assertTrue(pair.getBoolean("tied"), () -> pair.getString("code") + " does not tie with the ledger on " + date + ": " + pair);
                assertEquals(0, pair.getJsonNumber("difference").longValue(), pair::toString);
            }
        }
    }

    /** Positions read claims and period balances; the ledger's statement reads journal lines: both must agree. */
    private static void assertPositionsAgreeWithTheLedger(Api accountant, String date) {
        for (JsonObject position : accountant.get("api/principals?asOf=" + date).jsonArray().getValuesAs(JsonObject.class)) {
            String account = position.getString("accountCode");
            long ledger = accountant.get("api/accounts/" + account + "/statement?from=" + date + "&to=" + date)
                    .json().getJsonNumber("closing").longValue();
            assertEquals(-ledger, position.getJsonNumber("currentAccountBalance").longValue(),
                    account + ": the working-fund position is the current account's credit balance");
            assertEquals(position.getJsonNumber("heldFunds").longValue() - position.getJsonNumber("committed").longValue(),
                    position.getJsonNumber("available").longValue(), account + ": available = held - committed");
        }
    }
}
