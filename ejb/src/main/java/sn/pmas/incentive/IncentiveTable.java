package sn.pmas.incentive;

import java.util.List;
import sn.pmas.party.ConventionType;

/**
 * The whole computation of one year: the base read from the ledger, the amounts of the pool and of
 * each category, the terms applied, both rankings (hospitals first, each best first) and the total
 * of the shares, which is what is booked.
 *
 * @param operatingResult the year's class 7 less class 6, the incentive's own entry excluded
 * @param carriedLosses   prior losses not yet absorbed (0 when none)
 * @param base            operating result less carried losses, never below 0
 * @param poolAmount      base × surplus rate, rounded half-even
 */
public record IncentiveTable(int year, long operatingResult, long carriedLosses, long base, long poolAmount, long hospitalAmount,
                             long otherAmount, long parameterId, IncentiveTerms terms, List<IncentiveRow> rows) {

    public IncentiveTable {
        rows = List.copyOf(rows);
    }

    public long sharedAmount() {
        return rows.stream().mapToLong(IncentiveRow::share).sum();
    }

    public List<IncentiveRow> of(ConventionType category) {
        return rows.stream().filter(row -> row.category() == category).toList();
    }
}
