package sn.pmas.currentaccount;

/**
 * One principal's line of the "Tableau de suivi de trésorerie compagnies et clients" for a month,
 * whole francs, balances credit-positive (in the principal's favour). It reconciles:
 * {@code opening + fundsReceived − claimsCharged − commissions + otherMovements = closing}.
 *
 * @param claimsCharged  claims validated in the month, charged to the current account
 * @param claimsPaid     of which paid by the month's end (part of claimsCharged, not a movement of the account)
 * @param commissions    management commissions on collections and fees on funds received, net of
 *                       the commissions given back on refunds
 * @param otherMovements manual entries and reversals on the current account, signed
 * @param daysOfCover    at the month's end (WorkingFunds); null without claims in the last 90 days,
 *                       and on the totals line
 */
public record TreasuryTrackingRow(String principalCode, String principalName, String principalType, String accountCode,
                                  long opening, long fundsReceived, long claimsCharged, long claimsPaid, long commissions,
                                  long otherMovements, long closing, Integer daysOfCover) {

    public TreasuryTrackingRow {
        if (opening + fundsReceived - claimsCharged - commissions + otherMovements != closing) {
            throw new IllegalStateException("the treasury tracking line of " + principalCode + " does not reconcile: "
                    + opening + " + " + fundsReceived + " - " + claimsCharged + " - " + commissions + " + " + otherMovements
                    + " <> " + closing);
        }
    }

    TreasuryTrackingRow plus(TreasuryTrackingRow other) {
        return new TreasuryTrackingRow(principalCode, principalName, principalType, accountCode, opening + other.opening,
                fundsReceived + other.fundsReceived, claimsCharged + other.claimsCharged, claimsPaid + other.claimsPaid,
                commissions + other.commissions, otherMovements + other.otherMovements, closing + other.closing, null);
    }
}
