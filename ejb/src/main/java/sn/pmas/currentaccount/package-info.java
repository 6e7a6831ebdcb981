/**
 * Principals' current accounts (manual §7.4): statements, quarterly balance confirmations and
 * the treasury tracking table of insurers and clients.
 */
package sn.pmas.currentaccount;
