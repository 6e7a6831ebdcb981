/**
 * The premium registers, read side: issued, collected, cancelled, refunded and unpaid premiums
 * per insurer, subscriber group, product and month; arrears with ageing buckets; the monthly
 * production, collections and claims bordereaux of an insurer (docs/premium-registers.md).
 *
 * <p>The registers are written by the SIG event ingestion ({@code sn.pmas.sig}); everything here
 * reads the reporting views of {@code V6__register_views.sql} with plain SQL and returns records.
 */
package sn.pmas.premium;
