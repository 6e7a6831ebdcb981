package sn.pmas.workingfund;

import java.time.LocalDate;

/**
 * Where a principal's working fund stands on a date (docs/working-funds.md).
 *
 * <p>The ledger charges a claim to its principal's current account when the claim is validated,
 * so the current-account balance is already net of what is committed. {@code heldFunds} is the
 * money the pool holds for the principal (received, less paid out, less commissions);
 * {@code committed} what of it is promised (validated claims not yet paid); and
 * {@code available = heldFunds - committed}, which equals the current-account balance.
 *
 * @param currentAccountBalance credit balance of the principal's auxiliary account (positive = in its favour)
 * @param averageDailyClaims    claims validated over the last 90 days, divided by 90, whole francs
 * @param daysOfCover           available ÷ average daily claims, rounded down; null without claims in 90 days
 * @param targetLevel           working-fund target of the agreement in force, null without agreement
 * @param floorAmount           alert floor in francs, null when the agreement sets none
 * @param floorDays             alert floor in days of cover, null when the agreement sets none
 * @param belowFloor            available under the floor amount, or days of cover under the floor days
 * @param proposedCall          what a fund call should ask to restore the target level (0 when at or above it)
 */
public record FundsPosition(String principalCode, String principalName, String principalType, String accountCode,
                            LocalDate asOf, long currentAccountBalance, long heldFunds, long committed, long available,
                            long averageDailyClaims, Integer daysOfCover, Long targetLevel, Long floorAmount,
                            Integer floorDays, boolean belowFloor, long proposedCall) {
}
