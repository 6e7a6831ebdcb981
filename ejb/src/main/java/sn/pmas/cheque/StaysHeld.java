package sn.pmas.cheque;

/**
 * A held cheque the planner keeps held, and why.
 *
 * @param shortBy what is missing: for the bank, the amount by which the position falls short of this
 *                cheque and those ahead of it still waiting; for a principal, its deficit
 */
public record StaysHeld(HeldCheque cheque, Reason reason, long shortBy) {

    public enum Reason {
        BANK_SHORT,
        PRINCIPAL_SHORT
    }
}
