/**
 * Principals' working funds: their dated agreements (target level, alert floors, fee rate and
 * base), the position of each fund (held, committed, available, days of cover), the alerts
 * raised when a fund runs low or a claim is large, and fund calls.
 */
package sn.pmas.workingfund;
