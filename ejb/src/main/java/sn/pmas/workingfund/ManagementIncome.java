package sn.pmas.workingfund;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sn.pmas.party.PartyType;
import sn.pmas.platform.SqlValues;
import sn.pmas.reconciliation.LedgerSide;
import sn.pmas.reconciliation.ReconciledRegister;
import sn.pmas.reconciliation.RegisterItem;

/**
 * What the registers say the pool earned on its principals: management commissions on collected
 * premiums (given back in proportion on refunds), kept in the premium movements, and management
 * fees taken on funds received, kept in the funds receipts. Insurers' go to 70521, delegating
 * schemes' to 70522 (docs/posting-rules.md): one pair per account, over the fiscal year to date.
 */
abstract class ManagementIncome implements ReconciledRegister {

    private static final String SOURCE = "SIG";

    @PersistenceContext
    private EntityManager em;
    private final PartyType type;
    private final String account;

    ManagementIncome(PartyType type, String account) {
        this.type = type;
        this.account = account;
    }

    @Override
    public LedgerSide ledgerSide() {
        return LedgerSide.yearToDateOf(account);
    }

    @Override
    public Map<String, Long> totals(LocalDate from, LocalDate to) {
        long fees = SqlValues.longOf(em.createNativeQuery("SELECT SUM(r.fee) FROM funds_receipt r JOIN party pa ON pa.id = r.principal_party_id"
                        + " WHERE pa.party_type = ?3 AND r.received_on >= ?1 AND r.received_on <= ?2")
                .setParameter(1, from).setParameter(2, to).setParameter(3, type.name()).getSingleResult());
        long commissions = type != PartyType.INSURER ? 0 : SqlValues.longOf(em.createNativeQuery(
                        "SELECT SUM(CASE m.movement_type WHEN 'REFUNDED' THEN -m.commission ELSE m.commission END) FROM premium_movement m"
                                + " WHERE m.movement_date >= ?1 AND m.movement_date <= ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult());
        return Map.of(account, commissions + fees);
    }

    /** Commissions net of refunds and fees of the principals of the account's type, one item per event. */
    @Override
    public List<RegisterItem> items(String accountCode, LocalDate from, LocalDate to) {
        List<RegisterItem> items = new ArrayList<>();
        if (type == PartyType.INSURER) {
            em.createNativeQuery("SELECT s.source_reference, m.movement_date,"
                            + " CASE m.movement_type WHEN 'REFUNDED' THEN -m.commission ELSE m.commission END, p.reference"
                            + " FROM premium_movement m JOIN premium p ON p.id = m.premium_id JOIN sig_event s ON s.id = m.sig_event_id"
                            + " WHERE m.commission <> 0 AND m.movement_date >= ?1 AND m.movement_date <= ?2")
                    .setParameter(1, from).setParameter(2, to)
                    .getResultList().forEach(row -> {
                        Object[] cells = (Object[]) row;
                        items.add(new RegisterItem(SOURCE, (String) cells[0], SqlValues.dateOf(cells[1]), SqlValues.longOf(cells[2]),
                                "Commission sur la quittance " + cells[3] + " (" + cells[0] + ")"));
                    });
        }
        em.createNativeQuery("SELECT s.source_reference, r.received_on, r.fee, pa.code FROM funds_receipt r"
                        + " JOIN party pa ON pa.id = r.principal_party_id JOIN sig_event s ON s.id = r.sig_event_id"
                        + " WHERE r.fee <> 0 AND pa.party_type = ?3 AND r.received_on >= ?1 AND r.received_on <= ?2")
                .setParameter(1, from).setParameter(2, to).setParameter(3, type.name())
                .getResultList().forEach(row -> {
                    Object[] cells = (Object[]) row;
                    items.add(new RegisterItem(SOURCE, (String) cells[0], SqlValues.dateOf(cells[1]), SqlValues.longOf(cells[2]),
                            "Honoraires sur fonds reçus de " + cells[3] + " (" + cells[0] + ")"));
                });
        return items;
    }
}
