package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The ledger's invariants, checked from outside through the API after an integration test:
 * every month of the year balances, each control account's balance equals the sum of its
 * auxiliary accounts' statements (the sub-ledger agrees with the general ledger), and each
 * principal's working-fund position agrees with its current account in the ledger.
 */
final class LedgerAssertions {

    static final String[] CONTROL_ACCOUNTS = {"4011", "4012", "4191", "4581", "47121"};

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
        String yearEnd = year + "-12-31";
        JsonObject trialBalance = accountant.get("api/trial-balance?from=" + year + "-01-01&to=" + yearEnd).json();
        for (String control : CONTROL_ACCOUNTS) {
            long general = trialBalance.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                    .filter(row -> control.equals(row.getString("accountCode")))
                    .mapToLong(row -> row.getJsonNumber("closing").longValue()).sum();
            long auxiliaries = 0;
            for (JsonValue account : accountant.get("api/accounts?prefix=" + control + ".").jsonArray()) {
                String code = account.asJsonObject().getString("code");
                auxiliaries += accountant.get("api/accounts/" + code + "/statement?from=" + year + "-01-01&to=" + yearEnd)
                        .json().getJsonNumber("closing").longValue();
            }
            assertEquals(general, auxiliaries, "control account " + control + " equals the sum of its auxiliary accounts");
        }
        assertPositionsAgreeWithTheLedger(accountant, yearEnd);
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
