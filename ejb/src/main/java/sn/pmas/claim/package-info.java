/**
 * The claims register: provider invoices (third-party payment) and members' files validated for
 * payment, each charged to the principal carrying the risk, then paid once.
 */
package sn.pmas.claim;
