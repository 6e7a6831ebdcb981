package sn.pmas.ledger;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        Map<String, long[]> sums = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (LedgerTotals.HeadingFigures figures : new LedgerTotals(em).byHeading(from, to)) {
            Heading carriedTo = figures.accountClass() <= 5 ? new Heading(figures.code(), figures.name()) : result;
            accumulate(sums, names, carriedTo.code(), carriedTo.name(), figures.broughtForward(), 0, true);
            accumulate(sums, names, figures.code(), figures.name(), figures.yearToDate(), 0, true);
            accumulate(sums, names, figures.code(), figures.name(), figures.debit(), figures.credit(), false);
        }
        return assemble(from, to, sums, names);
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

    /** Opening sums signed balances (sum[0]); movements sum debits (sum[1]) and credits (sum[2]). */
    private static void accumulate(Map<String, long[]> sums, Map<String, String> names, String code, String name,
                                   long debit, long credit, boolean intoOpening) {
        long[] sum = sums.computeIfAbsent(code, c -> new long[3]);
        names.putIfAbsent(code, name);
        if (intoOpening) {
            sum[0] += debit - credit;
        } else {
            sum[1] += debit;
            sum[2] += credit;
        }
    }

    private static TrialBalance assemble(LocalDate from, LocalDate to, Map<String, long[]> sums, Map<String, String> names) {
        long opening = 0;
        long debit = 0;
        long credit = 0;
        List<TrialBalanceRow> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> sum : sums.entrySet()) {
            long[] s = sum.getValue();
            if (s[0] == 0 && s[1] == 0 && s[2] == 0) {
                continue;
            }
            rows.add(new TrialBalanceRow(sum.getKey(), names.get(sum.getKey()), s[0], s[1], s[2], s[0] + s[1] - s[2]));
            opening += s[0];
            debit += s[1];
            credit += s[2];
        }
        return new TrialBalance(from, to, List.copyOf(rows),
                new TrialBalanceRow(null, "Totaux", opening, debit, credit, opening + debit - credit));
    }
}
