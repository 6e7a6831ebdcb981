package sn.pmas.cheque;

import java.time.LocalDate;
import java.util.List;

/**
 * A cheque as the register shows it. {@code principal} null for the pool's own payables;
 * {@code occurrenceId} and {@code occurrenceDue} the fiscal calendar's occurrence it pays and that
 * occurrence's payment deadline, null for a cheque paying anything else.
 */
public record ChequeView(long id, String reference, String bankAccount, long number, ChequeKind kind, String kindLabel,
                         String payee, long amount, String payableAccount, String principal, String settles, List<String> claims,
                         LocalDate latestReleaseOn, ChequeStatus status, String statusLabel, LocalDate preparedOn, String preparedBy,
                         LocalDate heldOn, LocalDate releasedOn, LocalDate deliveredOn, LocalDate cashedOn, LocalDate endedOn,
                         String voidReason, Long occurrenceId, LocalDate occurrenceDue) {
}
