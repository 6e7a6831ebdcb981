package sn.pmas.incentive;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sn.pmas.cheque.ChequeKind;
import sn.pmas.cheque.ChequePreparation;
import sn.pmas.cheque.ChequeView;
import sn.pmas.cheque.Cheques;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.FiscalYear;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingService;
import sn.pmas.party.ConventionType;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;

/**
 * The year-end runs of the providers' incentive (docs/provider-incentive.md): a preview computes
 * the distribution table of a year whose periods are all closed (its result is final); the
 * confirmation books it (652 / 4019) on 31 December, December opened for it and closed again, writes the held
 * cheque to the Ministry of Health and keeps the table, once per year whatever the number of
 * confirmations, concurrent ones included (they queue on the fiscal year's row).
 */
@Stateless
@PermitAll
public class IncentiveRuns {

    static final String PAYABLE = "4019";
    static final String CHARGE = "652";
    static final String MINISTRY = "Ministère de la Santé et de l'Action sociale";

    /** A confirmed run as the API lists it. */
    public record RunView(int year, long base, long poolAmount, long bookedAmount, long entryId, String cheque, String chequeStatus,
                          LocalDate confirmedOn, String confirmedBy) {
    }

    /** The run, and whether it was already confirmed before this request. */
    public record Confirmation(RunView run, boolean replayed) {
    }

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private IncentiveParameters parameters;
    @EJB
    private PostingService postings;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private ChequePreparation chequePreparation;
    @EJB
    private Cheques cheques;

    private final Clock clock = Clock.systemUTC();

    /** The table a year whose periods are all closed would book now; a confirmed year shows what was booked. */
    public IncentiveTable preview(Integer year) throws IncentiveException {
        FiscalYear fiscalYear = endedYear(year, LockModeType.NONE);
        Optional<IncentiveRun> run = find(fiscalYear.year());
        return run.isPresent() ? booked(run.get()) : compute(fiscalYear.year());
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Confirmation confirm(Integer year, String bankAccount, LocalDate date, Long chequeNumber)
            throws IncentiveException, LedgerException {
        FiscalYear fiscalYear = endedYear(year, LockModeType.PESSIMISTIC_WRITE);
        Optional<IncentiveRun> done = find(fiscalYear.year());
        if (done.isPresent()) {
            return new Confirmation(view(done.get()), true);
        }
        if (bankAccount == null || bankAccount.isBlank()) {
            throw IncentiveException.required("bankAccount", "Le compte bancaire du Pool qui paie le Ministère est obligatoire (BQ-POOL).");
        }
        LocalDate on = date == null ? today() : date;
        if (!on.isAfter(fiscalYear.endDate())) {
            throw IncentiveException.invalid("date", "La confirmation se date après la fin de l'exercice " + fiscalYear.year()
                    + " (reçu : " + on + ").");
        }
        IncentiveTable table = compute(fiscalYear.year());
        if (table.sharedAmount() == 0) {
            throw new IncentiveException(IncentiveRejection.NOTHING_TO_SHARE, "year", "Rien à répartir pour " + fiscalYear.year()
                    + " : base de " + table.base() + " F (résultat " + table.operatingResult() + " F, pertes reportées "
                    + table.carriedLosses() + " F), " + table.rows().size() + " prestataire(s) public(s) classé(s).");
        }
        String why = "Intéressement des prestataires publics " + fiscalYear.year() + " : écriture du 31 décembre sur le résultat définitif";
        calendar.openDecemberForYearEnd(fiscalYear.year(), why);
        long entryId = postings.postAll(LedgerSource.INCENTIVE, List.of(posting(table, fiscalYear.endDate()))).get(0).entryId();
        calendar.close(YearMonth.of(fiscalYear.year(), Month.DECEMBER));
        ChequeView cheque = chequePreparation.forPayable(bankAccount.strip(), ChequeKind.SUPPLIER, PAYABLE, MINISTRY,
                table.sharedAmount(), null, "Intéressement des prestataires publics " + fiscalYear.year(), on, chequeNumber);
        cheques.hold(cheque.reference(), on);
        IncentiveRun run = new IncentiveRun(table, entryId, cheque.id(), on, session.getCallerPrincipal().getName(), clock.instant());
        em.persist(run);
        em.flush();
        new IncentiveShares(em).write(run.id(), table);
        return new Confirmation(view(run), false);
    }

    public List<RunView> runs() {
        return em.createQuery("select r from IncentiveRun r order by r.year desc", IncentiveRun.class).getResultStream()
                .map(this::view).toList();
    }

    /** The table as booked by the year's confirmation. */
    public IncentiveTable booked(Integer year) throws IncentiveException {
        return booked(confirmed(year));
    }

    public RunView run(Integer year) throws IncentiveException {
        return view(confirmed(year));
    }

    /** The latest fiscal year whose periods are all closed with an invoice of a public provider: the page opens on it. */
    public Optional<Integer> latestEndedYearWithData() {
        List<?> years = em.createNativeQuery("SELECT y.fiscal_year FROM fiscal_year y WHERE NOT EXISTS (SELECT 1 FROM fiscal_period p "
                + "WHERE p.fiscal_year = y.fiscal_year AND p.state <> 'CLOSED') ORDER BY y.fiscal_year DESC").getResultList();
        for (Object year : years) {
            int candidate = (int) SqlValues.longOf(year);
            if (!new IncentiveReads(em).indicators(candidate, 0).isEmpty()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private IncentiveTable compute(int year) throws IncentiveException {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        IncentiveParameter parameter = parameters.inForce(yearEnd).orElseThrow(() -> new IncentiveException(
                IncentiveRejection.NO_PARAMETERS, "year", "Aucun paramètre d'intéressement n'est en vigueur au " + yearEnd + "."));
        IncentiveReads reads = new IncentiveReads(em);
        IncentiveTerms terms = parameter.terms();
        return IncentiveComputation.compute(year, reads.operatingResult(year), reads.carriedLosses(year), parameter.id(), terms,
                reads.indicators(year, terms.deadlineDays()));
    }

    private IncentiveTable booked(IncentiveRun run) {
        IncentiveTerms terms = em.find(IncentiveParameter.class, run.parameterId()).terms();
        return new IncentiveTable(run.year(), run.operatingResult(), run.carriedLosses(), Math.max(0, run.operatingResult() - run.carriedLosses()),
                run.poolAmount(), run.hospitalAmount(), run.otherAmount(), run.parameterId(), terms, new IncentiveShares(em).read(run.id()));
    }

    /** One entry on the year's last day: a charge per admitted provider, the total owed to the Ministry. */
    private static PostingRequest posting(IncentiveTable table, LocalDate yearEnd) {
        String title = "Intéressement des prestataires publics " + table.year();
        List<PostingLine> lines = new ArrayList<>();
        for (ConventionType category : IncentiveComputation.CATEGORIES) {
            table.of(category).stream().filter(row -> row.share() > 0).forEach(row ->
                    lines.add(PostingLine.debit(CHARGE, row.share(), title + " : " + row.code() + " (rang " + row.rank() + ")")));
        }
        lines.add(PostingLine.credit(PAYABLE, table.sharedAmount(), title + " : dû au " + MINISTRY));
        return new PostingRequest("OD", yearEnd, LedgerSource.INCENTIVE.code(), reference(table.year()), title, lines);
    }

    static String reference(int year) {
        return "INTERESSEMENT-" + year;
    }

    private FiscalYear endedYear(Integer year, LockModeType lock) throws IncentiveException {
        if (year == null) {
            throw IncentiveException.required("year", "L'exercice est obligatoire.");
        }
        FiscalYear fiscalYear = em.find(FiscalYear.class, year, lock);
        if (fiscalYear == null) {
            throw new IncentiveException(IncentiveRejection.YEAR_UNKNOWN, "year", "L'exercice " + year + " n'est pas ouvert au grand livre.");
        }
        List<String> open = calendar.periods(year).stream().filter(p -> !"CLOSED".equals(p.state())).map(p -> p.period()).toList();
        if (!open.isEmpty()) {
            throw new IncentiveException(IncentiveRejection.YEAR_NOT_ENDED, "year", "L'exercice " + year + " a " + open.size()
                    + " période(s) ouverte(s) (" + open.get(0) + (open.size() > 1 ? "…" : "") + ") : l'intéressement se calcule sur le "
                    + "résultat définitif, une fois toutes ses périodes clôturées.");
        }
        return fiscalYear;
    }

    private IncentiveRun confirmed(Integer year) throws IncentiveException {
        if (year == null) {
            throw IncentiveException.required("year", "L'exercice est obligatoire.");
        }
        return find(year).orElseThrow(() -> new IncentiveException(IncentiveRejection.RUN_UNKNOWN, "year",
                "Aucun intéressement n'a été confirmé pour l'exercice " + year + "."));
    }

    private Optional<IncentiveRun> find(int year) {
        return em.createQuery("select r from IncentiveRun r where r.year = :year", IncentiveRun.class).setParameter("year", year)
                .getResultStream().findFirst();
    }

    private RunView view(IncentiveRun run) {
        Object[] cheque = run.chequeId() == null ? new Object[] {null, null}
                : (Object[]) em.createNativeQuery("SELECT reference, status FROM cheque WHERE id = ?1").setParameter(1, run.chequeId())
                .getSingleResult();
        return new RunView(run.year(), Math.max(0, run.operatingResult() - run.carriedLosses()), run.poolAmount(), run.bookedAmount(),
                run.entryId(), (String) cheque[0], (String) cheque[1], run.confirmedOn(), run.confirmedBy());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
