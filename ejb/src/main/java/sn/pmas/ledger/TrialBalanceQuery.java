package sn.pmas.ledger;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import sn.pmas.platform.DatabaseMigrator;

/**
 * The trial balance (balance générale, auxiliaries rolled up into their control account), composed
 * from {@link LedgerTotals} by heading: the year rows of what accounts brought into the year, the
 * period totals of whole months and the lines of partial months, each for what moved only.
 * Earlier years' income and expense count in the opening under 128, so the opening balances
 * always sum to zero; a span starting on the day of AN entries (the year after a closed one)
 * shows them as its opening.
 */
@Stateless
public class TrialBalanceQuery {

    /** Where a past year's income and expense stand until closing entries allocate the result. */
    private static final String RESULT_ACCOUNT = "128";

    @PersistenceContext
    private EntityManager em;

    /** The transaction's own connection: the container hands the same one to every user of the data source within it. */
    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    public TrialBalance forPeriods(YearMonth from, YearMonth to) throws LedgerException {
        return forDates(from.atDay(1), to.atEndOfMonth());
    }

    public TrialBalance forDates(LocalDate from, LocalDate to) throws LedgerException {
        if (from == null || to == null) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, from == null ? "from" : "to", "Dates de début et de fin obligatoires.");
        }
        if (to.isBefore(from) || from.getYear() != to.getYear()) {
            throw new LedgerException(Rejection.FIELD_INVALID, "to",
                    "La fin (" + to + ") doit suivre le début (" + from + ") dans le même exercice.");
        }
        Heading result = heading(RESULT_ACCOUNT);
        List<LedgerTotals.HeadingFigures> headings;
        em.flush(); // what this transaction wrote, seen by the plain JDBC reads
        try (Connection connection = dataSource.getConnection()) {
            headings = new LedgerTotals(em).byHeading(connection, from, to);
        } catch (SQLException failure) {
            throw new PersistenceException("trial balance from " + from + " to " + to + " not read", failure);
        }
        Map<String, Sums> sums = new HashMap<>();
        for (LedgerTotals.HeadingFigures figures : headings) {
            Sums own = sums.computeIfAbsent(figures.code(), code -> new Sums(figures.name()));
            Sums carriedTo = figures.accountClass() <= 5 ? own : sums.computeIfAbsent(result.code(), code -> new Sums(result.name()));
            carriedTo.opening += figures.broughtForward();
            own.opening += figures.yearToDate();
            own.debit += figures.debit();
            own.credit += figures.credit();
        }
        return assemble(from, to, sums);
    }

    /**
     * Where an account shows in the balance générale: balance-sheet accounts (classes 1-5) carry
     * their own balance into later years, income and expense (6-8) theirs into the result.
     */
    private record Heading(String code, String name) {
    }

    private Heading heading(String code) {
        Account account = em.createQuery("select a from Account a where a.code = :code", Account.class)
                .setParameter("code", code).getSingleResult();
        return new Heading(account.code(), account.name());
    }

    /** A heading's signed opening balance and the span's debits and credits. */
    private static final class Sums {

        private final String name;
        private long opening;
        private long debit;
        private long credit;

        Sums(String name) {
            this.name = name;
        }

        boolean isZero() {
            return opening == 0 && debit == 0 && credit == 0;
        }
    }

    /** The headings in code order; hashed while summing, sorted once here (a tree map cost more than the query). */
    private static TrialBalance assemble(LocalDate from, LocalDate to, Map<String, Sums> sums) {
        long opening = 0;
        long debit = 0;
        long credit = 0;
        List<String> codes = new ArrayList<>(sums.keySet());
        codes.sort(null);
        List<TrialBalanceRow> rows = new ArrayList<>(codes.size());
        for (String code : codes) {
            Sums s = sums.get(code);
            if (s.isZero()) {
                continue;
            }
            rows.add(new TrialBalanceRow(code, s.name, s.opening, s.debit, s.credit, s.opening + s.debit - s.credit));
            opening += s.opening;
            debit += s.debit;
            credit += s.credit;
        }
        return new TrialBalance(from, to, List.copyOf(rows),
                new TrialBalanceRow(null, "Totaux", opening, debit, credit, opening + debit - credit));
    }
}
