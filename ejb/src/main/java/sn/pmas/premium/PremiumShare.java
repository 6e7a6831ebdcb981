package sn.pmas.premium;

/** The parts of one premium movement: amount moved, its premium part, the commission taken or given back. */
public record PremiumShare(long totalAmount, long netPremium, long commission) {
}
