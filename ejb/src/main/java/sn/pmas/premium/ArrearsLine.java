package sn.pmas.premium;

import java.time.LocalDate;

/**
 * An unpaid quittance at a date: what it still owes ({@code unpaid = total − cancelled − collected},
 * movements up to that date) and how late it is.
 *
 * @param dueDate     first day of the period covered
 * @param daysPastDue days from the due date to the date of the arrears; negative when not yet due
 */
public record ArrearsLine(String premiumReference, String contractRef, String insurerCode, String insurerName,
                          String groupCode, String groupName, String product, LocalDate periodFrom, LocalDate periodTo,
                          LocalDate issuedOn, LocalDate dueDate, long total, long cancelled, long collected, long unpaid,
                          long daysPastDue, AgeingBucket bucket) {
}
