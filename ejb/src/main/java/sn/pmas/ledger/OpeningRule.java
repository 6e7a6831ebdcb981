package sn.pmas.ledger;

/**
 * Where an account's opening balance starts counting. Balance-sheet accounts (classes 1 to 5)
 * carry their balance over from year to year; income and expense accounts (classes 6 to 8)
 * start every fiscal year at zero, their balance having gone to the result.
 */
final class OpeningRule {

    private OpeningRule() {
    }

    /** SQL condition on {@code account_class} and {@code period_id} (yearStart as parameter ?n). */
    static String sqlCondition(String yearStartParameter) {
        return "(account_class <= 5 OR period_id >= " + yearStartParameter + ")";
    }
}
