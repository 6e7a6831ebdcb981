package sn.pmas.incentive;

/** One establishment on the remittance slip to the Ministry of Health (bordereau de reversement). */
public record IncentiveSlipRow(int line, String category, String code, String name, int rank, long amount) {
}
