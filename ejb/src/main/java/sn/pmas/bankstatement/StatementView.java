package sn.pmas.bankstatement;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** An imported statement and how far its lines are matched. */
public record StatementView(long id, String bankAccount, String statementId, Long sequenceNumber, String format, LocalDate fromDate,
                            LocalDate toDate, long openingBalance, long closingBalance, int lines, int matched, int booked,
                            int ambiguous, int unmatched, LocalDateTime importedAt, String importedBy) {
}
