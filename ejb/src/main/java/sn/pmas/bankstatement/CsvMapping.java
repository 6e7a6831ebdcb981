package sn.pmas.bankstatement;

/**
 * How one bank's CSV export reads: the header names of its columns, its separator, date format and
 * decimal style. Either one signed amount column, or a debit and a credit column.
 */
public record CsvMapping(String separator, String dateColumn, String valueDateColumn, String labelColumn, String amountColumn,
                         String debitColumn, String creditColumn, String referenceColumn, String chequeNumberColumn,
                         String dateFormat, boolean decimalComma) {
}
