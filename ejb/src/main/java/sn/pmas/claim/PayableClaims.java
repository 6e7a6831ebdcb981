package sn.pmas.claim;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.platform.SqlValues;
import sn.pmas.reconciliation.ReconciledRegister;
import sn.pmas.reconciliation.RegisterItem;

/**
 * The claims register as the payables it leaves: a claim owes its amount to its payee's account
 * from its validation (credit) until its payment or its cancellation (debit). A cancellation is
 * the ledger's reversal of the claim's entry (REV-{entry}, the entry its SIG event recorded). {@code accountJoin} finds that account
 * as {@code a}: the provider's auxiliary account, or the one account of the members.
 */
final class PayableClaims {

    static final String SOURCE = "SIG";
    private static final String REVERSAL = "REVERSAL";

    private final EntityManager em;
    private final PayeeKind payee;
    private final String accountJoin;

    private PayableClaims(EntityManager em, PayeeKind payee, String accountJoin) {
        this.em = em;
        this.payee = payee;
        this.accountJoin = accountJoin;
    }

    static PayableClaims toProviders(EntityManager em) {
        return new PayableClaims(em, PayeeKind.PROVIDER, " JOIN account a ON a.party_id = c.provider_party_id");
    }

    static PayableClaims toMembers(EntityManager em, String membersAccount) {
        return new PayableClaims(em, PayeeKind.MEMBER, " JOIN account a ON a.code = '" + membersAccount + "'");
    }

    /** Validated from {@code from} minus paid or cancelled from {@code from}, up to {@code to}, per payee account. */
    Map<String, Long> totals(LocalDate from, LocalDate to) {
        return ReconciledRegister.byAccount(em.createNativeQuery("SELECT a.code, SUM(CASE WHEN c.validated_on >= ?1 THEN c.amount ELSE 0 END)"
                        + " - SUM(CASE WHEN c.paid_on >= ?1 AND c.paid_on <= ?2 THEN c.amount ELSE 0 END)"
                        + " - SUM(CASE WHEN c.cancelled_on >= ?1 AND c.cancelled_on <= ?2 THEN c.amount ELSE 0 END)"
                        + " FROM claim c" + accountJoin + " WHERE c.payee_kind = ?3 AND c.validated_on <= ?2 GROUP BY a.code")
                .setParameter(1, from).setParameter(2, to).setParameter(3, payee.name())
                .getResultList());
    }

    /** Each claim's validation (credit), payment or cancellation (debit) on the account within the span. */
    List<RegisterItem> items(String account, LocalDate from, LocalDate to) {
        List<RegisterItem> items = new ArrayList<>();
        em.createNativeQuery("SELECT c.reference, c.invoice_ref, c.validated_on, c.amount, c.paid_on, c.payment_reference,"
                        + " c.cancelled_on, c.cancellation_reference, s.entry_id, c.paid_by"
                        + " FROM claim c JOIN sig_event s ON s.id = c.sig_event_id" + accountJoin + " WHERE c.payee_kind = ?3 AND a.code = ?4"
                        + " AND c.validated_on <= ?2 AND (c.validated_on >= ?1 OR c.paid_on >= ?1 OR c.cancelled_on >= ?1)")
                .setParameter(1, from).setParameter(2, to).setParameter(3, payee.name()).setParameter(4, account)
                .getResultList()
                .forEach(row -> {
                    Object[] cells = (Object[]) row;
                    String reference = (String) cells[0];
                    LocalDate validatedOn = SqlValues.dateOf(cells[2]);
                    long amount = SqlValues.longOf(cells[3]);
                    if (!validatedOn.isBefore(from)) {
                        items.add(new RegisterItem(SOURCE, reference, validatedOn, amount,
                                "Sinistre " + reference + " (facture " + cells[1] + ")"));
                    }
                    LocalDate paidOn = cells[4] == null ? null : SqlValues.dateOf(cells[4]);
                    if (paidOn != null && !paidOn.isAfter(to)) {
                        // a cheque pays its claims in one release entry, keyed by the cheque (docs/cheques.md)
                        boolean byCheque = "CHEQUE".equals(cells[9]);
                        items.add(new RegisterItem(byCheque ? LedgerSource.TREASURY.code() : SOURCE,
                                byCheque ? cells[5] + "/DEBLOCAGE" : (String) cells[5], paidOn, -amount, "Règlement du sinistre " + reference));
                    }
                    LocalDate cancelledOn = cells[6] == null ? null : SqlValues.dateOf(cells[6]);
                    if (cancelledOn != null && !cancelledOn.isAfter(to) && !cancelledOn.isBefore(from)) {
                        items.add(new RegisterItem(REVERSAL, "REV-" + SqlValues.longOf(cells[8]), cancelledOn, -amount,
                                "Annulation du sinistre " + reference + " (" + cells[7] + ")"));
                    }
                });
        return items;
    }
}
