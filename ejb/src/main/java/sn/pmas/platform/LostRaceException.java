package sn.pmas.platform;

/**
 * A transaction found that a concurrent one committed, while it was being checked, what makes its
 * reads stale (e.g. the same SIG event booked meanwhile): like a unique key taken first, it is a
 * lost race, which the write boundary runs again once in a new transaction that sees the winner.
 * A runtime exception, so that the container rolls the transaction back.
 */
public class LostRaceException extends RuntimeException {

    public LostRaceException(String message) {
        super(message);
    }
}
