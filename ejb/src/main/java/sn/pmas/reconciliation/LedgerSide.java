package sn.pmas.reconciliation;

import java.util.List;

/**
 * The ledger lines a register is compared with: the lines of {@code accountCodes} (a control
 * account's code stands for all its auxiliary accounts) over {@code span}. A register that
 * mirrors only part of an account's movements narrows them: to entries of one {@code source},
 * and to lines facing {@code facingAccountCode} (the entry moves that account on the other side:
 * a credit line faces a debit of it, a debit line a credit).
 */
public record LedgerSide(List<String> accountCodes, Span span, String source, String facingAccountCode) {

    public LedgerSide {
        accountCodes = List.copyOf(accountCodes);
        if (accountCodes.isEmpty()) {
            throw new IllegalArgumentException("a register is reconciled with at least one account");
        }
    }

    /** Every line of the accounts up to the date: a balance-sheet account's balance. */
    public static LedgerSide balanceOf(String... accountCodes) {
        return new LedgerSide(List.of(accountCodes), Span.SINCE_INCEPTION, null, null);
    }

    /** Every line of the accounts since the start of the fiscal year: an income account's year to date. */
    public static LedgerSide yearToDateOf(String... accountCodes) {
        return new LedgerSide(List.of(accountCodes), Span.FISCAL_YEAR, null, null);
    }

    /** Only the lines of entries booked from {@code source} that face {@code facingAccountCode}. */
    public LedgerSide bookedBy(String entrySource, String facing) {
        return new LedgerSide(accountCodes, span, entrySource, facing);
    }
}
