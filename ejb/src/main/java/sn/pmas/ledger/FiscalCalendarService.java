package sn.pmas.ledger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import sn.pmas.platform.Roles;

/**
 * Fiscal years and their monthly periods: opening a year, closing and reopening a period.
 * (WildFly denies unannotated methods of a bean that declares roles, hence {@code @PermitAll}.)
 */
@Stateless
@PermitAll
public class FiscalCalendarService {

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;

    /**
     * Opens the year's twelve periods and the year row of every postable account, with what the
     * account brings forward from the years before ({@link Openings}; period rows come with the first posting).
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<PeriodView> openYear(int year) throws LedgerException {
        if (year < 2000 || year > 2100) {
            throw new LedgerException(Rejection.FIELD_INVALID, "year", "Exercice " + year + " hors de la plage 2000-2100.");
        }
        if (em.find(FiscalYear.class, year) != null) {
            throw new LedgerException(Rejection.FISCAL_YEAR_EXISTS, "year", "L'exercice " + year + " est déjà ouvert.");
        }
        Integer closedLater = em.createQuery("select min(y.year) from FiscalYear y where y.closed = true and y.year > :year", Integer.class)
                .setParameter("year", year).getSingleResult();
        if (closedLater != null) {
            throw new LedgerException(Rejection.BEFORE_CLOSED_YEAR, "year", "L'exercice " + closedLater + " est clôturé : ses à-nouveaux "
                    + "reprennent tout ce qui le précède, un exercice " + year + " ne s'ouvre plus.");
        }
        em.persist(new FiscalYear(year));
        for (Month month : Month.values()) {
            em.persist(new FiscalPeriod(YearMonth.of(year, month)));
        }
        em.flush();
        em.createNativeQuery("INSERT INTO account_year_balance (account_id, fiscal_year, opening_debit, opening_credit, "
                        + "debit_total, credit_total, heading_id) SELECT a.id, ?1, 0, 0, 0, 0, COALESCE(a.control_account_id, a.id) "
                        + "FROM account a WHERE a.postable = TRUE")
                .setParameter(1, year)
                .executeUpdate();
        new Openings(em).recompute(year);
        return periods(year);
    }

    public List<PeriodView> periods(int year) {
        return em.createQuery("select p from FiscalPeriod p where p.fiscalYear = :year order by p.id", FiscalPeriod.class)
                .setParameter("year", year)
                .getResultStream().map(PeriodView::of).toList();
    }

    public List<Integer> years() {
        return em.createQuery("select y.year from FiscalYear y order by y.year", Integer.class).getResultList();
    }

    /** The latest period holding an entry: where a reader of the books most likely wants to start. */
    public Optional<YearMonth> latestPeriodWithEntries() {
        Integer latest = em.createQuery("select max(e.periodId) from JournalEntry e", Integer.class).getSingleResult();
        return Optional.ofNullable(latest).map(id -> YearMonth.of(id / 100, id % 100));
    }

    public boolean yearExists(int year) {
        return em.find(FiscalYear.class, year) != null;
    }

    /** After closing, the period refuses every posting, reversals included. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PeriodView close(YearMonth month) throws LedgerException {
        FiscalPeriod period = lockedPeriod(month);
        period.close();
        em.persist(new PeriodStateChange(period, session.getCallerPrincipal().getName(), Instant.now(), null));
        return PeriodView.of(period);
    }

    /** Reopening undoes a close, so it is reserved to administrators and needs a reason on record. */
    @RolesAllowed(Roles.ADMIN)
    public PeriodView reopen(YearMonth month, String reason) throws LedgerException {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Le motif de la réouverture est obligatoire.");
        }
        FiscalPeriod period = lockedPeriod(month);
        FiscalYear year = em.find(FiscalYear.class, month.getYear());
        if (year.closed()) {
            throw new LedgerException(Rejection.FISCAL_YEAR_CLOSED, "period", "L'exercice " + year.year()
                    + " est clôturé : ses périodes ne se rouvrent qu'avec la réouverture de l'exercice (administrateur).");
        }
        return reopen(period, reason);
    }

    private PeriodView reopen(FiscalPeriod period, String reason) throws LedgerException {
        period.reopen();
        em.persist(new PeriodStateChange(period, session.getCallerPrincipal().getName(), Instant.now(), reason.strip()));
        return PeriodView.of(period);
    }

    public boolean yearClosed(int year) {
        FiscalYear fiscalYear = em.find(FiscalYear.class, year);
        return fiscalYear != null && fiscalYear.closed();
    }

    /**
     * Opens December of a year whose periods are all closed, for the year-end closing entries
     * (dated 31 December) and their reversal when the year reopens; the caller closes it again
     * in the same transaction. Recorded like any reopening, with the year-end's reason.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void openDecemberForYearEnd(int year, String reason) throws LedgerException {
        FiscalYear fiscalYear = lockedYear(year);
        if (fiscalYear.closed()) {
            throw new LedgerException(Rejection.FISCAL_YEAR_CLOSED, "year", "L'exercice " + year + " est clôturé.");
        }
        reopen(lockedPeriod(YearMonth.of(year, Month.DECEMBER)), reason);
    }

    /**
     * Locks a year whose periods are all closed: no posting, no period reopening; brought-forward
     * balances of the later years stop at it (their opening is its AN entries).
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void closeYear(int year) throws LedgerException {
        FiscalYear fiscalYear = lockedYear(year);
        if (fiscalYear.closed()) {
            throw new LedgerException(Rejection.FISCAL_YEAR_CLOSED, "year", "L'exercice " + year + " est déjà clôturé.");
        }
        List<PeriodView> open = periods(year).stream().filter(p -> !"CLOSED".equals(p.state())).toList();
        if (!open.isEmpty()) {
            throw new LedgerException(Rejection.PERIOD_CLOSED, "year", "L'exercice " + year + " a des périodes ouvertes : "
                    + open.stream().map(PeriodView::period).toList() + ".");
        }
        fiscalYear.close();
        new Openings(em).recomputeAfter(year);
    }

    /** Unlocks a closed year (its periods stay closed): the later years bring it forward again. */
    @RolesAllowed(Roles.ADMIN)
    public void reopenYear(int year) throws LedgerException {
        FiscalYear fiscalYear = lockedYear(year);
        if (!fiscalYear.closed()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "year", "L'exercice " + year + " n'est pas clôturé.");
        }
        fiscalYear.reopen();
        new Openings(em).recomputeAfter(year);
    }

    /** Locks the year's row to the end of the transaction, so closings and reopenings of a year run one after the other; whether it is closed. */
    public boolean lockYear(int year) throws LedgerException {
        return lockedYear(year).closed();
    }

    private FiscalYear lockedYear(int year) throws LedgerException {
        FiscalYear fiscalYear = em.find(FiscalYear.class, year);
        if (fiscalYear == null) {
            throw new LedgerException(Rejection.NOT_FOUND, "year", "L'exercice " + year + " n'est pas ouvert.");
        }
        // read again under the lock: the row may have been read before, and a closing that held
        // the lock meanwhile has committed the state this transaction must see
        em.refresh(fiscalYear, LockModeType.PESSIMISTIC_WRITE);
        return fiscalYear;
    }

    /** Who closed and reopened the period, when and why, oldest first. */
    public List<PeriodChangeView> history(YearMonth month) {
        return em.createQuery("select c from PeriodStateChange c where c.periodId = :id order by c.id", PeriodStateChange.class)
                .setParameter("id", FiscalPeriod.idOf(month))
                .getResultStream()
                .map(c -> new PeriodChangeView(c.newState().name(), c.actedBy(), c.actedAt(), c.reason()))
                .toList();
    }

    private FiscalPeriod lockedPeriod(YearMonth month) throws LedgerException {
        FiscalPeriod period = em.find(FiscalPeriod.class, FiscalPeriod.idOf(month), LockModeType.PESSIMISTIC_WRITE);
        if (period == null) {
            throw new LedgerException(Rejection.PERIOD_MISSING, "period", "La période " + month + " n'existe pas.");
        }
        return period;
    }
}
