/**
 * The annual budget and budget against actual (docs/budget.md): per account of classes 6 and 7 and
 * month, prepared from the year before's actuals by a rule, edited per cell or through a workbook,
 * approved; compared with the ledger's movements per month and year to date.
 */
package sn.pmas.budget;
