package sn.pmas.premium;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/**
 * What a premium register covers: the months {@code from} to {@code to}, optional filters (party
 * codes, product name; null = all) and the dimensions its rows are grouped by (none: one row).
 */
public record RegisterCriteria(YearMonth from, YearMonth to, String insurer, String group, String product,
                               Set<RegisterDimension> groupBy) {

    /** Ten years of months: beyond, a register is no longer read on a screen. */
    static final int MAX_MONTHS = 120;

    public RegisterCriteria {
        // In declaration order, so that the criteria read the same every time.
        EnumSet<RegisterDimension> dimensions = EnumSet.noneOf(RegisterDimension.class);
        dimensions.addAll(groupBy);
        groupBy = Collections.unmodifiableSet(dimensions);
    }

    public static RegisterCriteria of(YearMonth from, YearMonth to, String insurer, String group, String product,
                                      Set<RegisterDimension> groupBy) throws LedgerException {
        if (to.isBefore(from)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to", "Le mois de fin (" + to
                    + ") précède le mois de début (" + from + ").");
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to",
                    "Un registre couvre au plus " + MAX_MONTHS + " mois : réduire l'intervalle.");
        }
        return new RegisterCriteria(from, to, blankToNull(insurer), blankToNull(group), blankToNull(product), groupBy);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
