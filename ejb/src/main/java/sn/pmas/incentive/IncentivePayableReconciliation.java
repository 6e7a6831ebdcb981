package sn.pmas.incentive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.platform.SqlValues;
import sn.pmas.reconciliation.LedgerSide;
import sn.pmas.reconciliation.ReconciledRegister;
import sn.pmas.reconciliation.RegisterItem;

/**
 * What the pool owes the Ministry of Health for the providers' incentive (4019): each confirmed
 * run's shares, booked on its year's last day, less the release of its cheque (docs/cheques.md);
 * a release undone (cheque voided or stale after release) owes it again. The register side sums
 * the shares kept row by row (incentive_share), not the run's own total, so that a share altered
 * behind the application shows.
 */
@ApplicationScoped
public class IncentivePayableReconciliation implements ReconciledRegister {

    @PersistenceContext
    private EntityManager em;

    @Override
    public String code() {
        return "incentive.payable";
    }

    @Override
    public String title() {
        return "Intéressement des prestataires dû au Ministère de la Santé";
    }

    @Override
    public LedgerSide ledgerSide() {
        return LedgerSide.balanceOf(IncentiveRuns.PAYABLE);
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        long total = items(IncentiveRuns.PAYABLE, from, to).stream().mapToLong(RegisterItem::amount).sum();
        return total == 0 ? Map.of() : Map.of(IncentiveRuns.PAYABLE, total);
    }

    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        List<RegisterItem> items = new ArrayList<>();
        if (!IncentiveRuns.PAYABLE.equals(accountCode)) {
            return items;
        }
        for (Object row : em.createNativeQuery("SELECT r.fiscal_year, SUM(s.amount) FROM incentive_run r JOIN incentive_share s "
                        + "ON s.run_id = r.id GROUP BY r.fiscal_year ORDER BY r.fiscal_year").getResultList()) {
            Object[] cells = (Object[]) row;
            int year = (int) SqlValues.longOf(cells[0]);
            LocalDate bookedOn = LocalDate.of(year, 12, 31);
            if (!bookedOn.isBefore(from) && !bookedOn.isAfter(to)) {
                items.add(new RegisterItem(LedgerSource.INCENTIVE.code(), IncentiveRuns.reference(year), bookedOn,
                        SqlValues.longOf(cells[1]), "Intéressement " + year + " dû au Ministère"));
            }
        }
        for (Object row : em.createNativeQuery("SELECT q.reference, q.amount, q.released_on, q.ended_on, q.reversal_entry_id, q.release_entry_id "
                + "FROM incentive_run r JOIN cheque q ON q.id = r.cheque_id WHERE q.released_on IS NOT NULL").getResultList()) {
            Object[] cells = (Object[]) row;
            String cheque = (String) cells[0];
            long amount = SqlValues.longOf(cells[1]);
            LocalDate released = SqlValues.dateOf(cells[2]);
            if (!released.isBefore(from) && !released.isAfter(to)) {
                items.add(new RegisterItem(LedgerSource.TREASURY.code(), cheque + "/DEBLOCAGE", released, -amount,
                        "Chèque " + cheque + " débloqué au Ministère"));
            }
            LocalDate ended = cells[4] == null ? null : SqlValues.dateOf(cells[3]);
            if (ended != null && !ended.isBefore(from) && !ended.isAfter(to)) {
                items.add(new RegisterItem(LedgerSource.REVERSAL.code(), "REV-" + SqlValues.longOf(cells[5]), ended, amount,
                        "Déblocage du chèque " + cheque + " extourné"));
            }
        }
        return items;
    }
}
