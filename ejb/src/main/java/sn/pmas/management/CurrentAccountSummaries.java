package sn.pmas.management;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.party.PartyType;
import sn.pmas.platform.SqlValues;

/**
 * Sums a principal's current-account lines over a span by the SIG event that booked them (one
 * grouped read over the account's (account, date) index), with the opening balance the ledger
 * gives. Lines no SIG event booked are "other", so the summary always reconciles with the ledger.
 */
@Stateless
public class CurrentAccountSummaries {

    private static final String MOVEMENTS = "SELECT category, SUM(amount) FROM ("
            + "SELECT l.credit - l.debit AS amount, "
            + "CASE WHEN s.event_type = 'FUNDS_RECEIVED' AND l.credit > 0 THEN 'FUNDS' "
            // a scheme's fee is taken in the receipt's own entry, on the debit side
            + "WHEN s.event_type = 'FUNDS_RECEIVED' THEN 'FEES' "
            + "WHEN s.event_type IN ('PREMIUM_COLLECTED', 'PREMIUM_REFUNDED') THEN 'COMMISSIONS' "
            + "WHEN s.event_type = 'CLAIM_VALIDATED' AND c.payee_kind = 'MEMBER' THEN 'MEMBER_CLAIMS' "
            + "WHEN s.event_type = 'CLAIM_VALIDATED' THEN 'PROVIDER_CLAIMS' "
            + "WHEN s.event_type = 'CLAIM_CANCELLED' THEN 'CANCELLED_CLAIMS' ELSE 'OTHER' END AS category "
            + "FROM journal_line l LEFT JOIN sig_event s ON s.entry_id = l.entry_id LEFT JOIN claim c ON c.sig_event_id = s.id "
            + "WHERE l.account_id = ?1 AND l.entry_date >= ?2 AND l.entry_date <= ?3 AND " + LedgerTotals.movesMoney("l") + ") m "
            + "GROUP BY category";

    @PersistenceContext
    private EntityManager em;

    /** @param principalCode an insurer's or a delegating scheme's code, known to exist */
    public CurrentAccountSummary of(String principalCode, PartyType type, LocalDate from, LocalDate to) {
        // By account id, not code: only then does Derby read the lines through their (account, date) index.
        long accountId = em.createQuery("select a.id from Account a where a.code = :code", Long.class)
                .setParameter("code", type.controlAccountCode() + "." + principalCode).getSingleResult();
        long opening = LedgerTotals.sum(new LedgerTotals(em).balancesAt(List.of(accountId), from.minusDays(1))).creditBalance();
        Map<String, Long> sums = new HashMap<>();
        for (Object row : em.createNativeQuery(MOVEMENTS).setParameter(1, accountId).setParameter(2, from).setParameter(3, to)
                .getResultList()) {
            Object[] c = (Object[]) row;
            sums.put((String) c[0], SqlValues.longOf(c[1]));
        }
        long moved = sums.values().stream().mapToLong(Long::longValue).sum();
        return new CurrentAccountSummary(from, to, opening, sums.getOrDefault("FUNDS", 0L), sums.getOrDefault("COMMISSIONS", 0L),
                sums.getOrDefault("FEES", 0L), sums.getOrDefault("PROVIDER_CLAIMS", 0L), sums.getOrDefault("MEMBER_CLAIMS", 0L),
                sums.getOrDefault("CANCELLED_CLAIMS", 0L), sums.getOrDefault("OTHER", 0L), opening + moved);
    }
}
