/**
 * The fiscal and social calendar (not to be confused with the ledger's fiscal years and periods):
 * the catalogue of tax and social obligations as dated versions, their occurrences for each fiscal
 * year with deadlines moved off weekends and Senegal's public holidays, the amount of each from the
 * ledger or entered, its one-way status (to declare, declared, paid) and penalty exposure, and the
 * reminders a persistent timer raises once per deadline.
 */
package sn.pmas.fiscalcalendar;
