package sn.pmas.currentaccount;

import java.time.YearMonth;
import java.util.List;

/** The treasury tracking table of a month: every active principal, insurers first, and the totals line. */
public record TreasuryTracking(YearMonth month, List<TreasuryTrackingRow> rows, TreasuryTrackingRow totals) {
}
