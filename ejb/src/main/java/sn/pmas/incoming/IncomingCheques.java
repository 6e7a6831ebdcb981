package sn.pmas.incoming;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingService;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.Francs;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;
import sn.pmas.workingfund.AlertType;
import sn.pmas.workingfund.Alerts;
import sn.pmas.workingfund.Principals;

/**
 * The register of incoming cheques: received (the receipt posts), deposited on a slip
 * ({@link DepositSlips}), cleared by the bank, or returned unpaid (the receipt is reversed and the
 * principal's alert raised). Each step locks the cheque's row: two steps on one cheque go one at a time.
 */
@Stateless
@PermitAll
public class IncomingCheques {

    private static final int MAX_LISTED = 2_000;
    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,30}");
    private static final String VIEW_SELECT = "SELECT q.id, q.drawer, q.drawer_bank, q.cheque_number, q.amount, q.kind, p.code, a.code, "
            + "q.received_on, q.status, q.deposit_slip_id, q.cleared_on, q.returned_on, q.return_reason FROM incoming_cheque q "
            + "JOIN account a ON a.id = q.credit_account_id LEFT JOIN party p ON p.id = q.principal_party_id ";

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private PostingService posting;
    @EJB
    private Alerts alerts;

    /**
     * Records a received cheque and posts its receipt. The drawer bank and number are the receipt's
     * idempotency key: the same cheque sent again with the same content answers the first receipt
     * ({@code replayed}), with another content is refused.
     *
     * @param principal     the principal whose funds it pays (a fund call's payment), or null
     * @param creditAccount for another receipt (no principal): the account it credits
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public IncomingChequeView receive(String drawer, String drawerBank, String number, Long amount, LocalDate receivedOn,
                                      String principal, String creditAccount) throws LedgerException, IncomingChequeException {
        String drawerName = required(drawer, "drawer", "Le tireur (qui a signé le chèque) est obligatoire.", 200);
        String bank = required(drawerBank, "drawerBank", "La banque tirée est obligatoire.", 100).toUpperCase(Locale.ROOT);
        String chequeNumber = required(number, "number", "Le numéro du chèque est obligatoire.", 30);
        if (!NUMBER.matcher(chequeNumber).matches()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "number", "Numéro de chèque attendu : 1 à 30 lettres, chiffres ou tirets (reçu : "
                    + chequeNumber + ").");
        }
        if (amount == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "amount", "Le montant du chèque est obligatoire.");
        }
        if (amount <= 0) {
            throw new LedgerException(Rejection.AMOUNT_NOT_POSITIVE, "amount", "Le montant d'un chèque est positif (reçu : " + amount + ").");
        }
        if (receivedOn == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "receivedOn", "La date de réception est obligatoire.");
        }
        boolean funds = principal != null && !principal.isBlank();
        boolean other = creditAccount != null && !creditAccount.isBlank();
        if (funds == other) {
            throw new LedgerException(funds ? Rejection.FIELD_INVALID : Rejection.FIELD_REQUIRED, "principal",
                    "Un chèque reçu paie soit les fonds d'un mandant (principal), soit une autre recette (creditAccount), l'un des deux.");
        }
        Party party = funds ? Principals.require(em, principal.strip()) : null;
        Account credit = funds ? account(IncomingPostings.PRINCIPALS_PENDING) : otherReceiptAccount(creditAccount.strip());
        IncomingChequeKind kind = funds ? IncomingChequeKind.FUNDS : IncomingChequeKind.OTHER;
        Long partyId = party == null ? null : party.id();

        // receipts on one credit account go one at a time: a concurrent replay waits, then reads the first receipt
        em.lock(credit, LockModeType.PESSIMISTIC_WRITE);
        IncomingCheque earlier = em.createQuery("select q from IncomingCheque q where q.drawerBank = :bank and q.chequeNumber = :number",
                        IncomingCheque.class)
                .setParameter("bank", bank).setParameter("number", chequeNumber).getResultStream().findFirst().orElse(null);
        if (earlier != null) {
            if (earlier.sameReceipt(drawerName, amount, kind, partyId, credit.id(), receivedOn)) {
                return view(earlier.id()).asReplay();
            }
            throw new IncomingChequeException(IncomingChequeRejection.DUPLICATE, "number", "Le chèque n° " + chequeNumber + " de "
                    + bank + " est déjà au registre (" + earlier.reference() + ", " + Francs.amount(earlier.amount()) + ", reçu le "
                    + earlier.receivedOn() + ") avec un autre contenu.");
        }
        IncomingCheque cheque = new IncomingCheque(drawerName, bank, chequeNumber, amount, kind, partyId, credit.id(), receivedOn,
                callerName());
        em.persist(cheque);
        em.flush();
        long entryId = posting.postAll(LedgerSource.TREASURY, List.of(IncomingPostings.receipt(cheque, credit.code()))).get(0).entryId();
        cheque.receiptBooked(entryId);
        em.flush();
        return view(cheque.id());
    }

    /**
     * The bank returned the cheque unpaid (or it bounced before deposit): its receipt is reversed on
     * {@code date} — after deposit, the cheque first comes back from 514 to 513 — and, for a
     * principal's cheque, the principal's alert is raised.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public IncomingChequeView returnUnpaid(String reference, LocalDate date, String reason) throws LedgerException, IncomingChequeException {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Le motif de l'impayé est obligatoire (ex. : provision insuffisante).");
        }
        IncomingCheque cheque = lock(reference);
        step(cheque, IncomingChequeStatus.RETURNED, date);
        DepositSlip slip = cheque.depositSlipId() == null ? null : em.find(DepositSlip.class, cheque.depositSlipId(), LockModeType.PESSIMISTIC_WRITE);
        if (slip != null && date.isBefore(slip.depositedOn())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "date", "L'impayé (" + date + ") précède la remise " + slip.reference()
                    + " (" + slip.depositedOn() + ").");
        }
        Long returnEntry = null;
        if (cheque.status() == IncomingChequeStatus.DEPOSITED) {
            returnEntry = posting.postAll(LedgerSource.TREASURY, List.of(IncomingPostings.returnedFromBank(cheque, date))).get(0).entryId();
        }
        long reversal = posting.reverseOwnEntry(LedgerSource.TREASURY, cheque.receiptEntryId(), date,
                "Chèque " + cheque.reference() + " impayé : " + reason.strip()).entryId();
        cheque.returned(date, reason.strip(), returnEntry, reversal);
        em.flush();
        if (slip != null && stillToClear(slip.id()) == 0) {
            slip.allReturned();
        }
        if (cheque.kind() == IncomingChequeKind.FUNDS) {
            Party principal = em.find(Party.class, cheque.principalPartyId());
            alerts.raise(principal.id(), AlertType.RETURNED_CHEQUE, date, cheque.amount(), "Chèque n° " + cheque.chequeNumber() + " "
                    + cheque.drawerBank() + " de " + cheque.drawer() + " (" + cheque.reference() + ", " + Francs.amount(cheque.amount())
                    + ") revenu impayé : " + reason.strip() + ". Les fonds de " + principal.code() + " ne sont pas reçus : relancer le mandant.", null);
        }
        em.flush();
        return view(cheque.id());
    }

    /** The register, latest first; each filter optional. */
    public List<IncomingChequeView> list(IncomingChequeStatus status, String principal, LocalDate from, LocalDate to) {
        var query = em.createNativeQuery(VIEW_SELECT + "WHERE q.received_on >= :from AND q.received_on <= :to"
                        + (status == null ? "" : " AND q.status = :status") + (principal == null ? "" : " AND p.code = :principal")
                        + " ORDER BY q.received_on DESC, q.id DESC")
                .setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from).setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to)
                .setMaxResults(MAX_LISTED);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (principal != null) {
            query.setParameter("principal", principal);
        }
        return ((List<?>) query.getResultList()).stream().map(row -> viewOf((Object[]) row)).toList();
    }

    public IncomingChequeView find(String reference) throws IncomingChequeException {
        return view(require(reference).id());
    }

    /** The cheques of a slip, in the order they were put on it. */
    public List<IncomingChequeView> onSlip(long slipId) {
        return ((List<?>) em.createNativeQuery(VIEW_SELECT + "WHERE q.deposit_slip_id = ?1 ORDER BY q.id").setParameter(1, slipId)
                .getResultList()).stream().map(row -> viewOf((Object[]) row)).toList();
    }

    public IncomingCheque lock(String reference) throws IncomingChequeException {
        IncomingCheque cheque = require(reference);
        em.lock(cheque, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(cheque);
        return cheque;
    }

    /** Refuses a step the cheque's state does not allow, or dated before its receipt. */
    static void step(IncomingCheque cheque, IncomingChequeStatus target, LocalDate date) throws IncomingChequeException, LedgerException {
        if (!cheque.status().mayBecome(target)) {
            throw new IncomingChequeException(IncomingChequeRejection.ILLEGAL_TRANSITION, "status", "Le chèque " + cheque.reference()
                    + " est " + cheque.status().french() + " : il ne peut pas devenir " + target.french()
                    + (cheque.status().next().isEmpty() ? " (état final)." : " (états possibles : "
                    + cheque.status().next().stream().map(IncomingChequeStatus::french).sorted().toList() + ")."));
        }
        if (date == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "date", "La date est obligatoire.");
        }
        if (date.isBefore(cheque.receivedOn())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "date", "Le " + date + " précède la réception du chèque " + cheque.reference()
                    + " (" + cheque.receivedOn() + ").");
        }
    }

    /** What the bank has still to credit of a slip: its cheques deposited and neither cleared nor returned. */
    public long stillToClear(long slipId) {
        Number open = (Number) em.createNativeQuery("SELECT COALESCE(SUM(amount), 0) FROM incoming_cheque WHERE deposit_slip_id = ?1 "
                + "AND status = 'DEPOSITED'").setParameter(1, slipId).getSingleResult();
        return open.longValue();
    }

    public IncomingChequeView view(long id) {
        return viewOf((Object[]) em.createNativeQuery(VIEW_SELECT + "WHERE q.id = ?1").setParameter(1, id).getSingleResult());
    }

    private static IncomingChequeView viewOf(Object[] c) {
        return new IncomingChequeView(IncomingCheque.referenceOf(SqlValues.longOf(c[0])), (String) c[1], (String) c[2],
                (String) c[3], SqlValues.longOf(c[4]), IncomingChequeKind.valueOf((String) c[5]), (String) c[6], (String) c[7],
                SqlValues.dateOf(c[8]), IncomingChequeStatus.valueOf((String) c[9]),
                c[10] == null ? null : DepositSlip.referenceOf(SqlValues.longOf(c[10])),
                c[11] == null ? null : SqlValues.dateOf(c[11]), c[12] == null ? null : SqlValues.dateOf(c[12]),
                (String) c[13], false);
    }

    private IncomingCheque require(String reference) throws IncomingChequeException {
        Long id = IncomingCheque.idOf(reference);
        IncomingCheque cheque = id == null ? null : em.find(IncomingCheque.class, id);
        if (cheque == null) {
            throw new IncomingChequeException(IncomingChequeRejection.NOT_FOUND, "reference", "Aucun chèque reçu " + reference + " au registre.");
        }
        return cheque;
    }

    /**
     * Another receipt credits a postable account of the chart that is neither a bank or cash account
     * (class 5), nor a principal's current account (their funds come as a principal's cheque), nor 47123.
     */
    private Account otherReceiptAccount(String code) throws IncomingChequeException {
        Account account = em.createQuery("select a from Account a where a.code = :code", Account.class).setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
        if (account == null || !account.postable() || !account.active() || account.accountClass() == 5
                || code.startsWith("4581.") || code.startsWith("47121.") || code.equals(IncomingPostings.PRINCIPALS_PENDING)) {
            throw new IncomingChequeException(IncomingChequeRejection.CREDIT_ACCOUNT, "creditAccount", "Compte à créditer attendu : un compte "
                    + "mouvementable actif du plan, hors classe 5 et hors comptes courants des mandants (pour leurs fonds, donner "
                    + "\"principal\") — reçu : " + code + ".");
        }
        return account;
    }

    private Account account(String code) {
        return em.createQuery("select a from Account a where a.code = :code", Account.class).setParameter("code", code).getSingleResult();
    }

    private static String required(String value, String field, String message, int max) throws LedgerException {
        if (value == null || value.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, field, message);
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.length() > max) {
            throw new LedgerException(Rejection.FIELD_INVALID, field, max + " caractères au plus (reçu : " + stripped.length() + ").");
        }
        return stripped;
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }
}
