package sn.pmas.currentaccount;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.platform.SqlValues;
import sn.pmas.workingfund.FundsPosition;
import sn.pmas.workingfund.WorkingFunds;

/**
 * The "Tableau de suivi de trésorerie compagnies et clients" (manual §7.4). Balances and days of
 * cover are the working funds' own ({@link WorkingFunds}); the month's movements of each current
 * account are sorted by the SIG event that booked them, anything else (manual entries, reversals)
 * being "other movements", so that every line reconciles with the ledger.
 */
@Stateless
public class TreasuryTrackingTable {

    /** Credit-positive movements of the current accounts in a date range, per principal and column. */
    private static final String MOVEMENTS = "SELECT principal_code, category, SUM(amount) FROM ("
            + "SELECT principal_code, credit - debit AS amount, "
            + "CASE WHEN event_type = 'FUNDS_RECEIVED' AND credit > 0 THEN 'FUNDS_RECEIVED' "
            // The fee on funds received is booked in the receipt's entry, on the debit side.
            + "WHEN event_type IN ('FUNDS_RECEIVED', 'PREMIUM_COLLECTED', 'PREMIUM_REFUNDED') THEN 'COMMISSIONS' "
            + "WHEN event_type = 'CLAIM_VALIDATED' THEN 'CLAIMS' ELSE 'OTHER' END AS category "
            + "FROM rpt_current_account_line l WHERE l.entry_date >= ?1 AND l.entry_date <= ?2 AND " + LedgerTotals.movesMoney("l") + ") m "
            + "GROUP BY principal_code, category";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private WorkingFunds workingFunds;

    public TreasuryTracking month(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        Map<String, Long> opening = new HashMap<>();
        workingFunds.positions(first.minusDays(1))
                .forEach(position -> opening.put(position.principalCode(), position.currentAccountBalance()));
        Map<String, Map<String, Long>> movements = new HashMap<>();
        for (Object row : em.createNativeQuery(MOVEMENTS).setParameter(1, first).setParameter(2, last).getResultList()) {
            Object[] c = (Object[]) row;
            movements.computeIfAbsent((String) c[0], code -> new HashMap<>()).put((String) c[1], SqlValues.longOf(c[2]));
        }
        Map<String, Long> paid = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT principal_code, SUM(amount) FROM rpt_claim "
                        + "WHERE validated_month = ?1 AND paid_on <= ?2 GROUP BY principal_code")
                .setParameter(1, month.toString()).setParameter(2, last).getResultList()) {
            Object[] c = (Object[]) row;
            paid.put((String) c[0], SqlValues.longOf(c[1]));
        }
        List<TreasuryTrackingRow> rows = workingFunds.positions(last).stream()
                .map(position -> row(position, opening.getOrDefault(position.principalCode(), 0L),
                        movements.getOrDefault(position.principalCode(), Map.of()),
                        paid.getOrDefault(position.principalCode(), 0L)))
                .toList();
        TreasuryTrackingRow totals = rows.stream().reduce(
                new TreasuryTrackingRow(null, "Total", null, null, 0, 0, 0, 0, 0, 0, 0, null), TreasuryTrackingRow::plus);
        return new TreasuryTracking(month, rows, totals);
    }

    private static TreasuryTrackingRow row(FundsPosition closing, long opening, Map<String, Long> movements, long paid) {
        return new TreasuryTrackingRow(closing.principalCode(), closing.principalName(), closing.principalType(),
                closing.accountCode(), opening, movements.getOrDefault("FUNDS_RECEIVED", 0L),
                -movements.getOrDefault("CLAIMS", 0L), paid, -movements.getOrDefault("COMMISSIONS", 0L),
                movements.getOrDefault("OTHER", 0L), closing.currentAccountBalance(), closing.daysOfCover());
    }
}
