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
     * account brings forward from the years before (period rows come with the first posting).
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<PeriodView> openYear(int year) throws LedgerException {
        if (year < 2000 || year > 2100) {
            throw new LedgerException(Rejection.FIELD_INVALID, "year", "Exercice " + year + " hors de la plage 2000-2100.");
        }
        if (em.find(FiscalYear.class, year) != null) {
            throw new LedgerException(Rejection.FISCAL_YEAR_EXISTS, "year", "L'exercice " + year + " est déjà ouvert.");
        }
        em.persist(new FiscalYear(year));
        for (Month month : Month.values()) {
            em.persist(new FiscalPeriod(YearMonth.of(year, month)));
        }
        em.flush();
        em.createNativeQuery("INSERT INTO account_year_balance (account_id, fiscal_year, opening_debit, opening_credit, "
                        + "debit_total, credit_total, heading_id) SELECT a.id, ?1, COALESCE(SUM(y.debit_total), 0), "
                        + "COALESCE(SUM(y.credit_total), 0), 0, 0, COALESCE(a.control_account_id, a.id) "
                        + "FROM account a LEFT JOIN account_year_balance y ON y.account_id = a.id AND y.fiscal_year < ?1 "
                        + "WHERE a.postable = TRUE GROUP BY a.id, a.control_account_id")
                .setParameter(1, year)
                .executeUpdate();
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
        period.reopen();
        em.persist(new PeriodStateChange(period, session.getCallerPrincipal().getName(), Instant.now(), reason.strip()));
        return PeriodView.of(period);
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
