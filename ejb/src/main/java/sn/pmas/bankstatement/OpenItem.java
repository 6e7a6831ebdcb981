package sn.pmas.bankstatement;

import java.time.LocalDate;

/**
 * Something the books hold that a statement line may show: an open item of a register of bank
 * movements ({@link BookedBankItems}), or a line of the bank's ledger account that no statement
 * line matched yet (register {@value #LEDGER}, reference the journal line's id).
 *
 * @param amount signed as on the statement: positive credits the bank account
 */
public record OpenItem(String register, String reference, long amount, LocalDate date, Long chequeNumber, String label) {

    /** The register code of the bank ledger account's own lines (receipts and transfers booked by the SIG or by hand). */
    public static final String LEDGER = "ledger";
    /** The register code of the entries the booking rules post. */
    public static final String BOOKING = "booking";

    static OpenItem of(BookedBankItem item) {
        return new OpenItem(item.register(), item.reference(), item.amount(), item.bookedOn(), item.chequeNumber(), item.label());
    }

    String key() {
        return register + "|" + reference;
    }
}
