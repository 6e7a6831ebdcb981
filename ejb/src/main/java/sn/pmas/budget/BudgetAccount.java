package sn.pmas.budget;

/** A postable account of classes 6 (charges) or 7 (products): what a budget has lines for. */
public record BudgetAccount(long id, String code, String name, int accountClass) {

    /** Charges are budgeted as debits, products as credits: the amount in the account's own direction. */
    long amountOf(long debit, long credit) {
        return accountClass == 6 ? debit - credit : credit - debit;
    }
}
