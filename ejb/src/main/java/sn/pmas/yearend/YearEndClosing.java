package sn.pmas.yearend;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingResult;
import sn.pmas.ledger.PostingService;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;

/**
 * Closes a fiscal year through the posting service (docs/year-end.md): classes 6-8 to the result
 * on 31 December, the balance-sheet accounts reopened in journal AN on 1 January of the next
 * year, the year locked; reopens it (administrators, with a reason) by reversing both; books the
 * allocation of the result. Each act locks the year's row first, so two confirmations of one year
 * run one after the other and the second finds the year closed: it answers the first's outcome.
 */
@Stateless
@PermitAll
public class YearEndClosing {

    private static final String CLOSING_JOURNAL = "OD";
    private static final String OPENING_JOURNAL = LedgerTotals.OPENING_JOURNAL;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PostingService postings;
    @EJB
    private YearEndChecks checks;

    public List<ClosingCheck> checks(int year) throws LedgerException {
        requireYear(year);
        return checks.run(year);
    }

    /** The result as the closing books it; for a closed year, as its closing booked it. */
    public ResultPreview preview(int year) throws LedgerException {
        requireYear(year);
        Map<Long, Account> accounts = accounts();
        Map<Long, LedgerTotals.Totals> moved = new LedgerTotals(em).movements(incomeStatementIds(accounts),
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        closingLines(year).forEach((id, t) -> moved.merge(id, new LedgerTotals.Totals(-t.debit(), -t.credit()), LedgerTotals.Totals::plus));
        long[] byClass = new long[9];
        moved.forEach((id, t) -> {
            Account account = accounts.get(id);
            if (account != null && YearEndAccounts.incomeStatement(account.accountClass())) {
                byClass[account.accountClass()] += t.creditBalance();
            }
        });
        return ResultPreview.of(year, -byClass[6], byClass[7], byClass[8]);
    }

    /**
     * What the closing entries of a closed year moved, by account (empty while the year is open):
     * its income statement leaves them out, to show the year's income and expense.
     */
    public Map<Long, LedgerTotals.Totals> closingLines(int year) {
        if (!calendar.yearClosed(year)) {
            return new HashMap<>();
        }
        YearEndBook book = new YearEndBook(em);
        return book.linesOf(YearEndBook.closingPrefix(year, book.closings(year)));
    }

    public YearEndStatus status(int year) throws LedgerException {
        requireYear(year);
        YearEndBook book = new YearEndBook(em);
        return new YearEndStatus(year, calendar.yearClosed(year), book.history(year), book.allocation(year).orElse(null));
    }

    /** The latest year with postings (the year-end page opens on it), or the latest opened year. */
    public Integer latestYearWithEntries() {
        return calendar.latestPeriodWithEntries().map(YearMonth::getYear)
                .orElseGet(() -> calendar.years().isEmpty() ? null : calendar.years().get(calendar.years().size() - 1));
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ClosingOutcome confirm(int year) throws LedgerException, YearEndException {
        requireYear(year);
        if (calendar.lockYear(year)) {
            return new ClosingOutcome(true, status(year));
        }
        List<ClosingCheck> failed = checks.run(year).stream().filter(check -> !check.passed()).toList();
        if (!failed.isEmpty()) {
            List<String> failures = failed.stream().flatMap(check -> check.failures().stream()).toList();
            throw new YearEndException(YearEndRejection.CHECKS_FAILED, "year", "L'exercice " + year + " ne peut être clôturé : "
                    + failures.size() + " contrôle(s) en échec. Premier : " + failures.get(0), failures);
        }
        if (!calendar.yearExists(year + 1)) {
            calendar.openYear(year + 1);
        }
        YearEndBook book = new YearEndBook(em);
        int closing = book.closings(year) + 1;
        ResultPreview result = preview(year);
        Map<Long, Account> accounts = accounts();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);

        calendar.openDecemberForYearEnd(year, "Clôture de l'exercice " + year + " : écritures de clôture du 31 décembre");
        Map<Long, LedgerTotals.Totals> moved = new LedgerTotals(em).movements(incomeStatementIds(accounts), LocalDate.of(year, 1, 1), yearEnd);
        post(EntrySplit.lines(byCode(accounts, moved, false), true, result.resultAccount(), "Clôture " + year), CLOSING_JOURNAL,
                yearEnd, YearEndBook.closingPrefix(year, closing), "Clôture de l'exercice " + year + " : résultat en "
                        + result.resultAccount());
        calendar.close(YearMonth.of(year, Month.DECEMBER));

        Map<Long, LedgerTotals.Totals> balances = new LedgerTotals(em).balancesAt(accounts.keySet(), yearEnd);
        post(EntrySplit.lines(byCode(accounts, balances, true), false, YearEndAccounts.OPENING_TRANSIT, "À-nouveaux " + (year + 1)),
                OPENING_JOURNAL, LocalDate.of(year + 1, 1, 1), YearEndBook.openingPrefix(year, closing),
                "À-nouveaux " + (year + 1) + " : soldes de clôture " + year);
        calendar.closeYear(year);
        book.record(year, YearEndBook.ACTION_CLOSED, result.result(), caller(), Instant.now(), null);
        return new ClosingOutcome(false, status(year));
    }

    /** An administrator's act: reverses the AN and closing entries of the year's closing, and unlocks it. */
    @RolesAllowed(Roles.ADMIN)
    public ClosingOutcome reopen(int year, String reason) throws LedgerException, YearEndException {
        if (reason == null || reason.isBlank()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Le motif de la réouverture de l'exercice est obligatoire.");
        }
        if (reason.strip().length() > 500) {
            throw new LedgerException(Rejection.FIELD_INVALID, "reason", "Le motif compte au plus 500 caractères.");
        }
        requireYear(year);
        if (!calendar.lockYear(year)) {
            throw new YearEndException(YearEndRejection.NOT_CLOSED, "year", "L'exercice " + year + " n'est pas clôturé.");
        }
        YearEndBook book = new YearEndBook(em);
        if (book.allocation(year).isPresent()) {
            throw new YearEndException(YearEndRejection.RESULT_ALLOCATED, "year", "Le résultat " + year
                    + " est affecté (approbation de l'assemblée générale) : l'exercice ne se rouvre plus.");
        }
        int closing = book.closings(year);
        String why = "Réouverture de l'exercice " + year + " : " + reason.strip();
        calendar.reopenYear(year);
        for (long entry : book.unreversedEntries(YearEndBook.openingPrefix(year, closing))) {
            postings.reverseOwnEntry(LedgerSource.YEAR_END, entry, LocalDate.of(year + 1, 1, 1), why);
        }
        calendar.openDecemberForYearEnd(year, why);
        for (long entry : book.unreversedEntries(YearEndBook.closingPrefix(year, closing))) {
            postings.reverseOwnEntry(LedgerSource.YEAR_END, entry, LocalDate.of(year, 12, 31), why);
        }
        calendar.close(YearMonth.of(year, Month.DECEMBER));
        long result = book.history(year).get(book.history(year).size() - 1).result();
        book.record(year, YearEndBook.ACTION_REOPENED, result, caller(), Instant.now(), reason.strip());
        return new ClosingOutcome(false, status(year));
    }

    /** The allocation the general assembly approved, booked on the approval date; the same decision again is a replay. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public ClosingOutcome allocate(int year, AllocationRequest request) throws LedgerException, YearEndException {
        if (request == null || request.approvedOn() == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "approvedOn", "La date d'approbation par l'assemblée générale est obligatoire.");
        }
        requireYear(year);
        if (!request.approvedOn().isAfter(LocalDate.of(year, 12, 31))) {
            throw new LedgerException(Rejection.FIELD_INVALID, "approvedOn", "L'assemblée approuve les comptes " + year
                    + " après la clôture : date postérieure au 31/12/" + year + " attendue.");
        }
        if (!calendar.lockYear(year)) {
            throw new YearEndException(YearEndRejection.NOT_CLOSED, "year", "L'exercice " + year + " n'est pas clôturé : clôturer d'abord.");
        }
        YearEndBook book = new YearEndBook(em);
        List<YearEndStatus.Event> history = book.history(year);
        long result = history.get(history.size() - 1).result();
        ResultAllocation allocation = ResultAllocation.of(result, book.reservePercent(request.approvedOn()), request.decidedAmount(),
                request.decidedAccount());
        Optional<YearEndStatus.Allocation> existing = book.allocation(year);
        if (existing.isPresent()) {
            YearEndStatus.Allocation earlier = existing.get();
            if (earlier.approvedOn().equals(request.approvedOn()) && earlier.decided() == allocation.decided()
                    && Objects.equals(earlier.decidedAccount(), allocation.decidedAccount())) {
                return new ClosingOutcome(true, status(year));
            }
            throw new YearEndException(YearEndRejection.RESULT_ALLOCATED, "year", "Le résultat " + year + " est déjà affecté (écriture n° "
                    + earlier.entryId() + ").");
        }
        PostingResult posted = postings.postAll(LedgerSource.YEAR_END, List.of(new PostingRequest(CLOSING_JOURNAL, request.approvedOn(),
                LedgerSource.YEAR_END.code(), YearEndBook.allocationReference(year), "Affectation du résultat " + year
                + " (assemblée générale du " + request.approvedOn() + ")", allocation.lines(year)))).get(0);
        book.recordAllocation(year, request.approvedOn(), allocation, posted.entryId(), caller(), Instant.now());
        return new ClosingOutcome(false, status(year));
    }

    private void post(List<List<PostingLine>> entries, String journal, LocalDate date,
                      String referencePrefix, String description) throws LedgerException {
        List<PostingRequest> requests = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            requests.add(new PostingRequest(journal, date, LedgerSource.YEAR_END.code(), referencePrefix + (i + 1),
                    description + (entries.size() > 1 ? " (" + (i + 1) + "/" + entries.size() + ")" : ""), entries.get(i)));
        }
        if (!requests.isEmpty()) {
            postings.postAll(LedgerSource.YEAR_END, requests);
        }
    }

    private void requireYear(int year) throws LedgerException {
        if (!calendar.yearExists(year)) {
            throw new LedgerException(Rejection.NOT_FOUND, "year", "L'exercice " + year + " n'est pas ouvert.");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** A postable account: its code and class. */
    private record Account(String code, int accountClass) {
    }

    private Map<Long, Account> accounts() {
        Map<Long, Account> accounts = new HashMap<>();
        em.createNativeQuery("SELECT id, code, account_class FROM account WHERE postable = TRUE").getResultList().forEach(row -> {
            Object[] c = (Object[]) row;
            accounts.put(SqlValues.longOf(c[0]), new Account((String) c[1], (int) SqlValues.longOf(c[2])));
        });
        return accounts;
    }

    private static List<Long> incomeStatementIds(Map<Long, Account> accounts) {
        return accounts.entrySet().stream().filter(a -> YearEndAccounts.incomeStatement(a.getValue().accountClass()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Signed balances (debit positive) by account code, in code order. {@code openingBalances}: the
     * balance-sheet accounts with what is left on income-statement accounts (earlier years' results
     * never closed) folded into 128; otherwise the income-statement accounts only.
     */
    private static Map<String, Long> byCode(Map<Long, Account> accounts, Map<Long, LedgerTotals.Totals> totals, boolean openingBalances) {
        Map<String, Long> balances = new TreeMap<>();
        totals.forEach((id, t) -> {
            Account account = accounts.get(id);
            boolean incomeStatement = YearEndAccounts.incomeStatement(account.accountClass());
            if (openingBalances) {
                balances.merge(incomeStatement ? YearEndAccounts.UNALLOCATED : account.code(), t.debitBalance(), Long::sum);
            } else if (incomeStatement) {
                balances.merge(account.code(), t.debitBalance(), Long::sum);
            }
        });
        return balances;
    }
}
