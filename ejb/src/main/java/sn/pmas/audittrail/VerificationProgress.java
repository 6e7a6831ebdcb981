package sn.pmas.audittrail;

/** How far a running verification of a year got: entries checked out of those sealed; {@code running} false when none runs. */
public record VerificationProgress(int year, boolean running, long checked, long total) {
}
