package sn.pmas.ledger;

import java.math.BigDecimal;

/**
 * One line of a posting request. Amounts arrive as decimals because callers (JSON, files) may
 * send "12.5" or "-3"; the ledger, not the caller, decides that such amounts are refused.
 */
public record PostingLine(String accountCode, BigDecimal debit, BigDecimal credit, String label) {

    public static PostingLine debit(String accountCode, long amount, String label) {
        return new PostingLine(accountCode, BigDecimal.valueOf(amount), null, label);
    }

    public static PostingLine credit(String accountCode, long amount, String label) {
        return new PostingLine(accountCode, null, BigDecimal.valueOf(amount), label);
    }
}
