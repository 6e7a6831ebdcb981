package sn.pmas.management;

/**
 * An insurer's premiums over a span, from the premium register (quittance totals: premium, policy
 * costs and taxes).
 *
 * @param collected  collections of the span net of its refunds
 * @param commission the management commission taken on them, net of the commission given back
 * @param unpaid     what the insurer's quittances still owe at the span's end (the arrears, not yet due included)
 */
public record PremiumFigures(long issuedCount, long issued, long cancelled, long collected, long refunded, long commission,
                             long unpaid) {
}
