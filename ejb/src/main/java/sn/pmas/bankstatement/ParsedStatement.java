package sn.pmas.bankstatement;

import java.time.LocalDate;
import java.util.List;

/**
 * A statement as read from a file. {@code accountIdentifier} (IBAN or RIB), {@code statementId} and the
 * balances are null when the format does not carry them (a CSV export): the import then takes them
 * from its request or derives them (docs/bank-statements.md).
 */
public record ParsedStatement(String statementId, Long sequenceNumber, String accountIdentifier, LocalDate fromDate,
                              LocalDate toDate, Long openingBalance, Long closingBalance, List<ParsedLine> lines) {
}
