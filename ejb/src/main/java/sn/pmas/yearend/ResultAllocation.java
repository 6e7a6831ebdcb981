package sn.pmas.yearend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.ledger.PostingLine;

/**
 * How the general assembly allocates a closed year's result (docs/year-end.md): an excess goes
 * first to the statutory reserves (the statutes' percentage, rounded half-even to the franc),
 * then the amount the assembly decides to the account it names, and the rest is carried forward;
 * a deficit is carried forward whole. Pure.
 *
 * @param result signed: positive an excess (on 131), negative a deficit (on 139)
 */
record ResultAllocation(long result, long reserves, long decided, String decidedAccount, long carried) {

    static ResultAllocation of(long result, int reservePercent, long decided, String decidedAccount) throws YearEndException {
        if (result == 0) {
            throw new YearEndException(YearEndRejection.ALLOCATION_INVALID, "year", "Le résultat de l'exercice est nul : rien à affecter.");
        }
        if (decided < 0) {
            throw new YearEndException(YearEndRejection.ALLOCATION_INVALID, "decidedAmount", "Le montant décidé est positif ou nul.");
        }
        if (result < 0) {
            if (decided > 0) {
                throw new YearEndException(YearEndRejection.ALLOCATION_INVALID, "decidedAmount",
                        "Un déficit se reporte à nouveau (129) : pas d'autre affectation.");
            }
            return new ResultAllocation(result, 0, 0, null, -result);
        }
        long reserves = BigDecimal.valueOf(result).multiply(BigDecimal.valueOf(reservePercent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_EVEN).longValueExact();
        if (decided > result - reserves) {
            throw new YearEndException(YearEndRejection.ALLOCATION_INVALID, "decidedAmount", "Au plus " + (result - reserves)
                    + " F après les réserves statutaires (" + reservePercent + " % de " + result + " F).");
        }
        if (decided > 0 && (decidedAccount == null || decidedAccount.isBlank())) {
            throw new YearEndException(YearEndRejection.ALLOCATION_INVALID, "decidedAccount",
                    "Le compte qui reçoit le montant décidé est obligatoire.");
        }
        return new ResultAllocation(result, reserves, decided, decided > 0 ? decidedAccount.strip() : null, result - reserves - decided);
    }

    /** The entry's lines: the result account emptied into reserves, the decided account and the carry forward. */
    List<PostingLine> lines(int year) {
        String label = "Affectation du résultat " + year;
        List<PostingLine> lines = new ArrayList<>();
        if (result < 0) {
            lines.add(PostingLine.debit(YearEndAccounts.DEFICIT_CARRIED, carried, label));
            lines.add(PostingLine.credit(YearEndAccounts.DEFICIT, carried, label));
            return lines;
        }
        lines.add(PostingLine.debit(YearEndAccounts.EXCESS, result, label));
        if (reserves > 0) {
            lines.add(PostingLine.credit(YearEndAccounts.STATUTORY_RESERVES, reserves, label));
        }
        if (decided > 0) {
            lines.add(PostingLine.credit(decidedAccount, decided, label));
        }
        if (carried > 0) {
            lines.add(PostingLine.credit(YearEndAccounts.EXCESS_CARRIED, carried, label));
        }
        return lines;
    }
}
