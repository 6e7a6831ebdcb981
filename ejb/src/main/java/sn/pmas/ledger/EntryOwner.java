package sn.pmas.ledger;

import java.util.Optional;

/**
 * A sub-ledger that books entries through the ledger and keeps a register beside them (the SIG's
 * claims now; the treasury's cheques next). Its entries are undone through it, never reversed
 * directly, so that the register and the ledger cannot disagree.
 */
public interface EntryOwner {

    /**
     * How to undo the entry of this source and reference, said to a user in French (which
     * register item it is, which event or page undoes it), or empty when it is not this
     * sub-ledger's.
     */
    Optional<String> undoneBy(String source, String sourceReference);
}
