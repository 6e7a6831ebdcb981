package sn.pmas.bankstatement;

import java.time.LocalDate;

/**
 * A statement line as read from the file, before it is stored.
 *
 * @param amount    signed as the bank books it: positive credits the account
 * @param reference the bank's own reference of the entry (AcctSvcrRef, else NtryRef; the CSV's reference column)
 * @param raw       the values read, as they were in the file
 */
public record ParsedLine(int lineNumber, LocalDate bookingDate, LocalDate valueDate, long amount, String label,
                         String reference, Long chequeNumber, String endToEndId, String raw) {
}
