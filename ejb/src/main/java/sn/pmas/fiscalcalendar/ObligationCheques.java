package sn.pmas.fiscalcalendar;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.cheque.ChequeKind;
import sn.pmas.cheque.ChequePreparation;
import sn.pmas.cheque.ChequeSettlement;
import sn.pmas.cheque.ChequeView;
import sn.pmas.cheque.Cheques;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.Roles;

/**
 * The fiscal calendar's occurrences paid by the treasury's cheques (docs/obligation-cheques.md): a
 * declared occurrence gets its cheque from the cheque register — tax or social, made out to the
 * obligation's administration, on the obligation's account, to be released by the payment
 * deadline — and follows it: paid on the day the cheque is released, declared and payable again
 * when the cheque is voided or goes stale, in the cheque step's own transaction. One live cheque
 * per occurrence: the occurrence's row is locked while its cheque is written, and holds it in one
 * column (unique, with a foreign key to the cheque).
 */
@Stateless
@PermitAll
public class ObligationCheques {

    private static final int SETTLES_LENGTH = 200;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private ChequePreparation preparation;
    @EJB
    private Cheques cheques;
    @EJB
    private TaxCalendar calendar;

    private final Clock clock = Clock.system(TaxCalendar.DAKAR);

    /**
     * Writes the cheque paying the declared occurrence {@code occurrenceId} on {@code bankCode}, dated
     * {@code on}; {@code number} the leaf to use (else the next unused), {@code payee} to make it out
     * to someone other than the obligation's administration.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ObligationCheque prepare(long occurrenceId, String bankCode, LocalDate on, Long number, String payee) throws LedgerException {
        if (bankCode == null || bankCode.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "bankAccount", "Le compte bancaire qui paie l'échéance est obligatoire.");
        }
        if (on == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "date", "La date du chèque est obligatoire.");
        }
        // the bank account first, as every cheque step locks it: then the occurrence, so that two
        // preparations of one occurrence queue here and the second finds the first one's cheque
        bankAccounts.lock(bankCode.strip());
        ObligationOccurrence occurrence = em.find(ObligationOccurrence.class, occurrenceId, LockModeType.PESSIMISTIC_WRITE);
        if (occurrence == null) {
            throw new LedgerException(Rejection.NOT_FOUND, "id", "L'échéance fiscale n° " + occurrenceId + " n'existe pas.");
        }
        TaxObligation obligation = em.find(TaxObligation.class, occurrence.obligationId());
        ObligationVersion version = em.find(ObligationVersion.class, occurrence.versionId());
        String name = obligation.name() + " (" + ObligationPeriod.label(occurrence.period().start(), occurrence.period().end()) + ")";
        checkPayable(occurrence, name);
        if (occurrence.declaredOn() != null && on.isBefore(occurrence.declaredOn())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "date", name + " : déclarée le " + occurrence.declaredOn()
                    + ", son chèque ne peut pas dater d'avant (reçu : " + on + ").");
        }
        String account = version.accountCode();
        ChequeKind kind = account == null ? null : account.startsWith("43") ? ChequeKind.SOCIAL : account.startsWith("44") ? ChequeKind.TAX : null;
        if (kind == null) {
            throw new LedgerException(Rejection.FIELD_INVALID, "id", name + " : son montant n'est tiré d'aucun compte d'impôts (44x) ou "
                    + "de cotisations sociales (43x) ; la payer autrement et l'enregistrer par « Payer ».");
        }
        String madeOutTo = payee != null && !payee.isBlank() ? payee.strip() : obligation.payee();
        if (madeOutTo == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "payee", "L'obligation " + obligation.code()
                    + " ne nomme pas l'administration qui l'encaisse : indiquer le bénéficiaire du chèque.");
        }
        ChequeView cheque = preparation.forObligation(bankCode.strip(), kind, account, madeOutTo, occurrence.amount(),
                occurrence.paymentDue(), name.length() <= SETTLES_LENGTH ? name : name.substring(0, SETTLES_LENGTH - 1) + "…", on, number);
        occurrence.linkCheque(cheque.id(), cheque.reference());
        em.createNativeQuery("INSERT INTO tax_occurrence_cheque (cheque_id, occurrence_id) VALUES (?1, ?2)")
                .setParameter(1, cheque.id()).setParameter(2, occurrence.id()).executeUpdate();
        em.flush();
        return new ObligationCheque(calendar.find(occurrence.id()), cheques.find(cheque.reference()));
    }

    /**
     * Follows a cheque of the register in its step's transaction: released, the occurrence it pays
     * is paid that day; voided or stale, it is declared and payable again. Other cheques pass by.
     */
    public void follow(@Observes ChequeSettlement settlement) {
        em.createQuery("select o from ObligationOccurrence o where o.chequeId = :cheque", ObligationOccurrence.class)
                .setParameter("cheque", settlement.chequeId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .forEach(occurrence -> {
                    switch (settlement.step()) {
                        case RELEASED -> occurrence.paidByCheque(settlement.on(), session.getCallerPrincipal().getName(), clock.instant());
                        case UNDONE -> occurrence.chequeUndone();
                    }
                });
    }

    private static void checkPayable(ObligationOccurrence occurrence, String name) throws LedgerException {
        if (occurrence.chequeId() != null) {
            throw new LedgerException(Rejection.OBLIGATION_IN_CHEQUE, "id", name + " : déjà payée ou à payer par le chèque "
                    + occurrence.chequeReference() + " (l'annuler pour en préparer un autre).");
        }
        if (!occurrence.payable()) {
            throw new LedgerException(Rejection.OBLIGATION_STEP, "id", name + switch (occurrence.status()) {
                case TO_DECLARE -> " : à déclarer avant de préparer son chèque.";
                case DECLARED -> " : déclaration sans paiement.";
                case PAID -> " : déjà payée le " + occurrence.paidOn() + ".";
            });
        }
        if (occurrence.amount() == null || occurrence.amount() <= 0) {
            throw new LedgerException(Rejection.CHEQUE_NOTHING_OWED, "amount", name + " : montant déclaré nul, aucun chèque à préparer.");
        }
    }
}
