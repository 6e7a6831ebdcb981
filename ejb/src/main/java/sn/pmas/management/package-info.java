/**
 * Management control (manual §7.8): the monthly tables sent to each insurer and read by the pool —
 * production (premiums issued), collections (premiums collected, with the management commission
 * taken) and the evolution of arrears by age — for the month, the year to date and the same month of
 * the year before. Read only: the figures are the premium register's and the arrears'
 * ({@link sn.pmas.premium.PremiumRegisters}), arranged here, never read another way
 * (docs/management-reports.md).
 */
package sn.pmas.management;
