package sn.pmas.audittrail;

/** One journal's chain of a year as verified: its entries, its last number, the hash it ends on. */
public record ChainSummary(String journal, long entries, long lastNumber, String lastHash) {
}
