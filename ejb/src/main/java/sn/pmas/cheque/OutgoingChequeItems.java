package sn.pmas.cheque;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.bankstatement.BookedBankItem;
import sn.pmas.bankstatement.BookedBankItems;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.SqlValues;

/**
 * Outgoing cheques as the bank statement shows them: a cheque released (or delivered, or cashed by
 * hand) is open from its release until a statement line shows it, unless voided or stale after
 * release by then, or cashed before the account's first imported statement (that statement's
 * opening balance holds it). Matching a released or delivered cheque cashes it on the bank's date
 * ({@link Cheques#cash}); one cashed by hand is only marked as seen on the statement.
 */
@ApplicationScoped
public class OutgoingChequeItems implements BookedBankItems {

    public static final String CODE = "cheques.outgoing";

    @PersistenceContext
    private EntityManager em;
    @EJB
    private Cheques cheques;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<BookedBankItem> openOn(String bankAccountCode, LocalDate asOf) {
        List<BookedBankItem> items = new ArrayList<>();
        em.createNativeQuery("SELECT q.reference, q.amount, q.released_on, q.cheque_number, q.payee FROM cheque q "
                        + "JOIN bank_account b ON b.id = q.bank_account_id WHERE b.code = ?1 AND q.released_on <= ?2 "
                        + "AND (q.bank_matched_on IS NULL OR q.bank_matched_on > ?2) "
                        + "AND (q.ended_on IS NULL OR q.ended_on > ?2) "
                        + "AND (q.cashed_on IS NULL OR q.cashed_on >= COALESCE((SELECT MIN(s.from_date) FROM bank_statement s "
                        + "WHERE s.bank_account_id = b.id), q.cashed_on)) ORDER BY q.released_on, q.cheque_number")
                .setParameter(1, bankAccountCode).setParameter(2, asOf).getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    items.add(new BookedBankItem(CODE, (String) c[0], -SqlValues.longOf(c[1]), SqlValues.dateOf(c[2]), SqlValues.longOf(c[3]),
                            "Chèque n° " + SqlValues.longOf(c[3]) + " à " + c[4]));
                });
        return items;
    }

    @Override
    public void matched(String reference, LocalDate bankDate) throws LedgerException {
        ChequeView cheque = cheques.find(reference);
        if (cheque.status() == ChequeStatus.RELEASED || cheque.status() == ChequeStatus.DELIVERED) {
            cheques.cash(reference, bankDate);
        } else if (cheque.status() != ChequeStatus.CASHED) {
            throw new LedgerException(Rejection.CHEQUE_ILLEGAL_TRANSITION, "status", "Le chèque " + reference + " est "
                    + cheque.status().label() + " : la banque ne peut pas l'avoir payé.");
        }
        int marked = em.createNativeQuery("UPDATE cheque SET bank_matched_on = ?1 WHERE reference = ?2 AND bank_matched_on IS NULL")
                .setParameter(1, bankDate).setParameter(2, reference).executeUpdate();
        if (marked != 1) {
            throw new LedgerException(Rejection.CHEQUE_ILLEGAL_TRANSITION, "status", "Le chèque " + reference + " figure déjà sur un relevé.");
        }
    }
}
