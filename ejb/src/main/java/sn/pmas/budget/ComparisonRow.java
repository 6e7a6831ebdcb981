package sn.pmas.budget;

/**
 * One line of budget against actual: an account, or a total (charges, products, result).
 *
 * @param favourable the year to date's variance helps the result: a charge under its budget, a product over it
 */
public record ComparisonRow(String accountCode, String label, int accountClass, boolean summary, Variance month, Variance yearToDate,
                            boolean favourable) {

    static ComparisonRow of(String accountCode, String label, int accountClass, boolean summary, Variance month, Variance yearToDate) {
        boolean favourable = accountClass == 6 ? yearToDate.amount() <= 0 : yearToDate.amount() >= 0;
        return new ComparisonRow(accountCode, label, accountClass, summary, month, yearToDate, favourable);
    }
}
