package sn.pmas.audittrail;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The verification of a year's chains: what was recomputed (entries, lines, their debit and credit
 * totals), each journal's chain, and the first break, null when every hash holds.
 */
public record ChainReport(int year, LocalDateTime verifiedAt, long entries, long lines, long totalDebit, long totalCredit,
                          List<ChainSummary> journals, ChainBreak firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }
}
