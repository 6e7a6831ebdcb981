package sn.pmas.commission;

/**
 * One row of the run's documents, handed to BIRT under "pmas.rows": per party and agreement
 * segment for the arrêté de décompte (detail, base, rate, commission), per party for the bordereau
 * de reversement (commission, withholding, net, cheque).
 */
public record DocumentRow(String party, String account, String detail, long base, String rate, long commission,
                          long withholding, long net, String cheque) {
}
