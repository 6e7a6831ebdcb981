/**
 * The premium register: quittances issued by the insurers (premiums belong to them, not to the
 * pool's balance sheet) and their collections, cancellations and refunds. Collections drive the
 * management commission the pool charges to the insurer's current account.
 *
 * <p>Read side ({@link sn.pmas.premium.PremiumRegisters}, {@link sn.pmas.premium.Bordereaux}):
 * issued, collected, cancelled, refunded and unpaid premiums per insurer, subscriber group,
 * product and month; arrears with ageing buckets; the monthly bordereaux of an insurer. Plain SQL
 * over the reporting views of {@code V6__register_views.sql}, returning records
 * (docs/premium-registers.md).
 */
package sn.pmas.premium;
