package sn.pmas.workingfund;

import java.time.LocalDate;

/**
 * What a fund call issued on {@code asOf} would ask: the amount restoring the target level of the
 * agreement in force, and the period its état would cover.
 *
 * @param available      the current-account balance at the end of {@code asOf} (credit-positive)
 * @param proposedAmount targetLevel − available, or 0 when the fund is at or above its target
 */
public record FundCallProposal(String principalCode, String principalName, LocalDate asOf, long targetLevel,
                               long available, long proposedAmount, LocalDate statementFrom, LocalDate statementTo) {
}
