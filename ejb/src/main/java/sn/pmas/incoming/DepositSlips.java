package sn.pmas.incoming;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import sn.pmas.bankstatement.BookedBankItem;
import sn.pmas.cheque.BankAccount;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingService;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.Party;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;
import sn.pmas.sig.EventsRejectedException;
import sn.pmas.sig.SigEvent;
import sn.pmas.sig.SigIngestion;

/**
 * Deposit slips (bordereaux de remise de chèques): received cheques of one bank account deposited
 * together (deposit posts Dr 514 / Cr 513), then credited by the bank (cleared: Dr 47123 or the
 * bank / Cr 514, and each principal's cheque booked as the SIG's FUNDS_RECEIVED on the clearing date).
 */
@Stateless
@PermitAll
public class DepositSlips {

    static final int MAX_CHEQUES = 200;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private IncomingCheques cheques;
    @EJB
    private PostingService posting;
    @EJB
    private SigIngestion sig;

    /** Puts received cheques on a new slip of {@code bankAccount}, all or none. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public DepositSlipView deposit(String bankAccount, LocalDate date, List<String> references) throws LedgerException, IncomingChequeException {
        if (bankAccount == null || bankAccount.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "bankAccount", "Le compte bancaire de la remise est obligatoire.");
        }
        if (date == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "date", "La date de la remise est obligatoire.");
        }
        if (references == null || references.isEmpty() || references.size() > MAX_CHEQUES) {
            throw new LedgerException(Rejection.FIELD_INVALID, "cheques", "Une remise compte de 1 à " + MAX_CHEQUES + " chèques (reçu : "
                    + (references == null ? 0 : references.size()) + ").");
        }
        BankAccount bank = bankAccounts.lock(bankAccount.strip());
        String bankLedger = ledgerCode(bank);
        List<IncomingCheque> slipCheques = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            String field = "cheques[" + i + "]";
            String reference = references.get(i);
            if (reference == null || !seen.add(reference)) {
                throw new LedgerException(Rejection.FIELD_INVALID, field, "Chèque absent ou donné deux fois dans la remise : " + reference + ".");
            }
            IncomingCheque cheque;
            try {
                cheque = cheques.lock(reference);
                if (cheque.status() == IncomingChequeStatus.DEPOSITED || cheque.status() == IncomingChequeStatus.CLEARED) {
                    throw new IncomingChequeException(IncomingChequeRejection.ALREADY_DEPOSITED, field, "Le chèque " + reference
                            + " est déjà sur la remise " + DepositSlip.referenceOf(cheque.depositSlipId()) + ".");
                }
                IncomingCheques.step(cheque, IncomingChequeStatus.DEPOSITED, date);
            } catch (IncomingChequeException refused) {
                throw new IncomingChequeException(refused.code(), field, refused.getMessage());
            } catch (LedgerException refused) {
                throw new LedgerException(refused.rejection(), field, refused.getMessage());
            }
            if (cheque.kind() == IncomingChequeKind.FUNDS && !IncomingPostings.PRINCIPALS_BANK.equals(bankLedger)) {
                throw new IncomingChequeException(IncomingChequeRejection.WRONG_BANK_ACCOUNT, "bankAccount", "Le chèque " + reference
                        + " paie les fonds d'un mandant : il se remet sur le compte bancaire des mandants (" + IncomingPostings.PRINCIPALS_BANK
                        + "), pas sur " + bank.code() + " (" + bankLedger + ").");
            }
            slipCheques.add(cheque);
        }
        long total = slipCheques.stream().mapToLong(IncomingCheque::amount).sum();
        DepositSlip slip = new DepositSlip(bank.id(), date, total, slipCheques.size(), callerName());
        em.persist(slip);
        em.flush();
        slip.depositBooked(posting.postAll(LedgerSource.TREASURY, List.of(IncomingPostings.deposit(slip, bank.code()))).get(0).entryId());
        slipCheques.forEach(cheque -> cheque.deposited(slip.id()));
        em.flush();
        return view(slip);
    }

    /**
     * The bank credited the slip on {@code date} (a statement line matched it, or the accountant
     * saw it): what is left on it clears.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public DepositSlipView clear(String reference, LocalDate date) throws LedgerException, IncomingChequeException {
        if (date == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "date", "La date du crédit en banque est obligatoire.");
        }
        DepositSlip slip = lock(reference);
        long open = cheques.stillToClear(slip.id());
        if (slip.status() != DepositSlip.Status.DEPOSITED || open == 0) {
            throw new IncomingChequeException(IncomingChequeRejection.SLIP_NOT_OPEN, "reference", "La remise " + slip.reference() + " est "
                    + (slip.status() == DepositSlip.Status.CLEARED ? "déjà créditée le " + slip.clearedOn() : "sans chèque à créditer (tous impayés)") + ".");
        }
        if (date.isBefore(slip.depositedOn())) {
            throw new LedgerException(Rejection.FIELD_INVALID, "date", "Le crédit (" + date + ") précède la remise " + slip.reference()
                    + " (" + slip.depositedOn() + ").");
        }
        BankAccount bank = em.find(BankAccount.class, slip.bankAccountId());
        List<IncomingCheque> toClear = em.createQuery("select q from IncomingCheque q where q.depositSlipId = :slip and q.status = :status "
                        + "order by q.id", IncomingCheque.class)
                .setParameter("slip", slip.id()).setParameter("status", IncomingChequeStatus.DEPOSITED).getResultList();
        long principals = toClear.stream().filter(q -> q.kind() == IncomingChequeKind.FUNDS).mapToLong(IncomingCheque::amount).sum();
        long entryId = posting.postAll(LedgerSource.TREASURY, List.of(IncomingPostings.clearing(slip, date, ledgerCode(bank), principals,
                open - principals))).get(0).entryId();
        bookFundsReceived(slip, toClear.stream().filter(q -> q.kind() == IncomingChequeKind.FUNDS).toList(), date);
        toClear.forEach(cheque -> cheque.cleared(date));
        slip.cleared(date, entryId);
        em.flush();
        return view(slip);
    }

    public List<DepositSlipView> list(String bankAccount, LocalDate from, LocalDate to) {
        return em.createQuery("select s from DepositSlip s where (:bank is null or s.bankAccountId = "
                        + "(select b.id from BankAccount b where b.code = :bank)) and s.depositedOn >= :from and s.depositedOn <= :to "
                        + "order by s.depositedOn desc, s.id desc", DepositSlip.class)
                .setParameter("bank", bankAccount).setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to).setMaxResults(1_000)
                .getResultStream().map(this::view).toList();
    }

    public DepositSlipView find(String reference) throws IncomingChequeException {
        return view(require(reference));
    }

    /** The cheques handed over on the slip, in the order they were put on it: the rows of its bordereau. */
    public List<DepositSlipRow> rows(DepositSlipView slip) {
        List<DepositSlipRow> rows = new ArrayList<>();
        for (IncomingChequeView cheque : slip.cheques()) {
            rows.add(new DepositSlipRow(rows.size() + 1, cheque.drawer(), cheque.drawerBank(), cheque.number(), cheque.reference(),
                    cheque.amount()));
        }
        return rows;
    }

    /** The slips of an account deposited on or before {@code asOf} and not credited by then, with what is left on each. */
    public List<BookedBankItem> openOn(String bankAccountCode, LocalDate asOf) {
        return ((List<?>) em.createNativeQuery("SELECT s.id, s.deposited_on, SUM(q.amount), COUNT(*) FROM deposit_slip s "
                        + "JOIN bank_account b ON b.id = s.bank_account_id JOIN incoming_cheque q ON q.deposit_slip_id = s.id "
                        + "WHERE b.code = ?1 AND s.deposited_on <= ?2 AND (s.cleared_on IS NULL OR s.cleared_on > ?2) "
                        + "AND (q.returned_on IS NULL OR q.returned_on > ?2) GROUP BY s.id, s.deposited_on ORDER BY s.deposited_on, s.id")
                .setParameter(1, bankAccountCode).setParameter(2, asOf).getResultList()).stream().map(row -> {
                    Object[] c = (Object[]) row;
                    String reference = DepositSlip.referenceOf(SqlValues.longOf(c[0]));
                    return new BookedBankItem(DepositItems.CODE, reference, SqlValues.longOf(c[2]), SqlValues.dateOf(c[1]), null,
                            "Remise de chèques " + reference + " (" + SqlValues.longOf(c[3]) + " chèque(s))");
                }).toList();
    }

    private void bookFundsReceived(DepositSlip slip, List<IncomingCheque> principalCheques, LocalDate date) throws IncomingChequeException {
        if (principalCheques.isEmpty()) {
            return;
        }
        List<SigEvent> events = principalCheques.stream().map(cheque -> new SigEvent("FUNDS_RECEIVED", cheque.reference(), date.toString(),
                em.find(Party.class, cheque.principalPartyId()).code(), BigDecimal.valueOf(cheque.amount()), null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null,
                "Chèque n° " + cheque.chequeNumber() + " " + cheque.drawerBank() + " (remise " + slip.reference() + ")", null)).toList();
        try {
            sig.ingest(events);
        } catch (EventsRejectedException refused) {
            throw new IncomingChequeException(IncomingChequeRejection.FUNDS_RECEIPT_REFUSED, "reference", "La remise " + slip.reference()
                    + " ne peut pas créditer les fonds des mandants : " + refused.errors().stream()
                    .map(error -> error.reference() + " " + error.code() + " " + error.message()).collect(Collectors.joining(" ; ")));
        }
    }

    private DepositSlip lock(String reference) throws IncomingChequeException {
        DepositSlip slip = require(reference);
        em.lock(slip, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        em.refresh(slip);
        return slip;
    }

    private DepositSlip require(String reference) throws IncomingChequeException {
        Long id = DepositSlip.idOf(reference);
        DepositSlip slip = id == null ? null : em.find(DepositSlip.class, id);
        if (slip == null) {
            throw new IncomingChequeException(IncomingChequeRejection.SLIP_NOT_FOUND, "reference", "Aucune remise " + reference + ".");
        }
        return slip;
    }

    private DepositSlipView view(DepositSlip slip) {
        BankAccount bank = em.find(BankAccount.class, slip.bankAccountId());
        return new DepositSlipView(slip.reference(), bank.code(), bank.bankName(), bank.accountNumber(), slip.depositedOn(), slip.total(),
                slip.chequeCount(), slip.status(), slip.clearedOn(), slip.status() == DepositSlip.Status.DEPOSITED ? cheques.stillToClear(slip.id()) : 0,
                slip.depositedBy(), cheques.onSlip(slip.id()));
    }

    private String ledgerCode(BankAccount bank) {
        return em.find(Account.class, bank.ledgerAccountId()).code();
    }

    private String callerName() {
        String name = session.getCallerPrincipal().getName();
        return name == null || "anonymous".equals(name) ? "system" : name;
    }
}
