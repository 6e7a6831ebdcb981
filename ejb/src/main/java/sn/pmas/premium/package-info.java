/**
 * The premium register: quittances issued by the insurers (premiums belong to them, not to the
 * pool's balance sheet) and their collections, cancellations and refunds. Collections drive the
 * management commission the pool charges to the insurer's current account.
 */
package sn.pmas.premium;
