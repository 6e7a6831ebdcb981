package sn.pmas.bankstatement;

import java.time.LocalDate;
import java.util.List;
import sn.pmas.ledger.LedgerException;

/**
 * A register whose movements the bank's statement must show: outgoing cheques released (paid by
 * the bank when cashed), deposit slips of received cheques (credited when cleared). Implemented by
 * a CDI bean of that register; the statement's matching and the reconciliation statement find
 * every such bean, so a new register of bank movements joins them by implementing this.
 *
 * <p>Contract the reconciliation statement relies on (docs/bank-statements.md): an open item is in
 * the bank account's book position (its 521x ledger account plus its 5219x cheques issued not
 * cashed) from {@code bookedOn}, and not on the bank's statement until a line matches it. Items are
 * keyed by {@code register|reference} on the matching screen and matched once.
 */
public interface BookedBankItems {

    /** Stable code of the register, in rules and on the matching screen: {@code cheques.outgoing}. */
    String code();

    /**
     * What the register booked on the bank account on or before {@code asOf} that no statement
     * line had matched by that date: the items "in transit" on the reconciliation statement.
     */
    List<BookedBankItem> openOn(String bankAccountCode, LocalDate asOf);

    /**
     * A statement line dated {@code bankDate} shows this item: the register records it (a cheque
     * becomes cashed, a deposit slip cleared), posting through the ledger if its rules say so.
     * Called inside the matching's transaction; refuses an item no longer open.
     */
    void matched(String reference, LocalDate bankDate) throws LedgerException;
}
