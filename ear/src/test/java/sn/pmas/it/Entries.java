package sn.pmas.it;

/** JSON bodies of posting requests, written the way a client of the API writes them. */
final class Entries {

    private Entries() {
    }

    /** A two-line entry: debit one account, credit another, same amount. */
    static String simple(String journal, String date, String reference, String debitAccount, String creditAccount,
                         String amount) {
        return entry(journal, date, reference, "Test " + reference,
                line(debitAccount, amount, null), line(creditAccount, null, amount));
    }

    static String entry(String journal, String date, String reference, String description, String... lines) {
        return """
                {"journalCode":"%s","entryDate":"%s","source":"IT","sourceReference":"%s","description":"%s","lines":[%s]}"""
                .formatted(journal, date, reference, description, String.join(",", lines));
    }

    static String line(String account, String debit, String credit) {
        return "{\"accountCode\":\"" + account + "\""
                + (debit == null ? "" : ",\"debit\":" + debit)
                + (credit == null ? "" : ",\"credit\":" + credit) + "}";
    }
}
