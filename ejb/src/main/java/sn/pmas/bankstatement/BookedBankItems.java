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
 * <p>Contract the reconciliation statement relies on (docs/bank-statements.md): an open item is not
 * on the bank's statement until a line matches it. Whether it is already in the bank account's book
 * position (its 521x ledger account plus its 5219x cheques issued not cashed) from {@code bookedOn}
 * is the register's posting rule ({@link #inBookPosition()}). Items are keyed by
 * {@code register|reference} on the matching screen and matched once.
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

    /**
     * Whether the books put an open item on the bank account when it is booked (a released cheque,
     * on 521x/5219x), so that the reconciliation statement bridges it; false when they do only once
     * the bank shows it (a deposit slip waits on 514 and reaches 521x when it is credited): such an
     * item is on neither side until then.
     */
    default boolean inBookPosition() {
        return true;
    }
}
