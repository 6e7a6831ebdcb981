package sn.pmas.premium;

/** What happened to (part of) a quittance after it was issued. */
public enum MovementType {
    COLLECTED,
    CANCELLED,
    REFUNDED
}
