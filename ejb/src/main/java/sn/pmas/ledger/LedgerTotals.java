package sn.pmas.ledger;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sn.pmas.platform.IndexedLookup;
import sn.pmas.platform.SqlValues;

/**
 * The one definition of what an account moved and of its balance at a date (docs/ledger.md, "Read
 * models"): what the account brought into the fiscal year (its year row), plus the period totals
 * of the whole months since, plus the lines of the days of a partial month. The trial balance,
 * the account and principal statements and the working funds compose their figures from these
 * reads, in every format, so each reads rows for what moved, never a row per account and period.
 *
 * <p>The reads are defined once, as parts, and run either for given accounts, each on its own, or
 * all together for the trial balance ({@link #byHeading}): one select per set of rows read, summed
 * per heading in the server (the account the balance générale shows an account under, kept on the
 * year and period rows).
 */
public final class LedgerTotals {

    /** The journal of opening entries (à-nouveaux). */
    public static final String OPENING_JOURNAL = "AN";

    /**
     * SQL: the line {@code line} (an alias of journal_line) moves money, i.e. is not one of the
     * year-end's AN entries (a closed year's balances restated on 1 January of the next) nor of
     * their reversals. A reader that runs a balance from an opening through lines skips those: the
     * opening already holds what they restate (docs/ledger.md, "Opening balances").
     */
    public static String movesMoney(String line) {
        return "EXISTS (SELECT 1 FROM journal_entry moving WHERE moving.id = " + line + ".entry_id AND " + entryMovesMoney("moving") + ")";
    }

    /**
     * SQL: the entry {@code entry} (an alias of journal_entry) moves money, as {@link #movesMoney}
     * says of its lines: for a reader that joins each line to its entry already, so the entry is
     * read once per line, not twice.
     */
    public static String entryMovesMoney(String entry) {
        return "(" + entry + ".journal_code <> '" + OPENING_JOURNAL + "' OR (" + entry + ".source <> 'YEAR_END' AND (" + entry
                + ".reverses_entry_id IS NULL OR NOT EXISTS (SELECT 1 FROM journal_entry restated WHERE restated.id = " + entry
                + ".reverses_entry_id AND restated.source = 'YEAR_END'))))";
    }

    /**
     * {@link #entryMovesMoney}, of an entry being posted: {@code reversedSource} is the source of
     * the entry it reverses, null when it reverses none.
     */
    static boolean entryMovesMoney(String journalCode, String source, String reversedSource) {
        return !OPENING_JOURNAL.equals(journalCode)
                || !LedgerSource.YEAR_END.code().equals(source) && !LedgerSource.YEAR_END.code().equals(reversedSource);
    }

    /** The rows of a year: what an account brought into it, and what it moved in it. */
    private static final String YEAR_ROWS = "FROM account_year_balance WHERE fiscal_year = :year";

    private final EntityManager em;

    public LedgerTotals(EntityManager em) {
        this.em = em;
    }

    /** Debit and credit totals of an account. */
    public record Totals(long debit, long credit) {

        public static final Totals ZERO = new Totals(0, 0);

        public Totals plus(Totals other) {
            return new Totals(debit + other.debit, credit + other.credit);
        }

        /** Positive when the account is in debit. */
        public long debitBalance() {
            return debit - credit;
        }

        /** Positive when the account is in credit: in a principal's favour on its current account. */
        public long creditBalance() {
            return credit - debit;
        }
    }

    /** Each account's totals from its first posting to the end of {@code asOf}; over every posting when null. */
    public Map<Long, Totals> balancesAt(Collection<Long> accountIds, LocalDate asOf) {
        if (asOf == null) {
            return broughtForward(accountIds, Integer.MAX_VALUE);
        }
        Map<Long, Totals> balances = broughtForward(accountIds, asOf.getYear());
        LocalDate yearStart = asOf.withDayOfYear(1);
        movements(accountIds, yearStart, asOf).forEach((id, totals) -> balances.merge(id, totals, Totals::plus));
        return balances;
    }

    /**
     * What each account brought into the fiscal year: every posting before it back to the latest
     * closed year, excluded ({@link Openings}), whatever the account's class (carrying income and
     * expense into the result is the trial balance's business). An open year keeps it on its year
     * rows; before or after the open years it is the sum of them.
     */
    public Map<Long, Totals> broughtForward(Collection<Long> accountIds, int year) {
        return perAccount(broughtForward(year), accountIds);
    }

    private List<Part> broughtForward(int year) {
        if (em.find(FiscalYear.class, year) != null) {
            return List.of(Part.rows("opening_debit", "opening_credit", YEAR_ROWS, Map.of("year", year)));
        }
        return List.of(Part.rows("debit_total", "credit_total", "FROM account_year_balance WHERE fiscal_year < :year "
                + "AND fiscal_year > :closed", Map.of("year", year, "closed", new Openings(em).lastClosedBefore(year))));
    }

    /**
     * The lines of journal AN dated {@code date}: a year's opening entries, which a trial balance
     * starting that day shows as its opening rather than as movements.
     */
    public Map<Long, Totals> openingEntries(Collection<Long> accountIds, LocalDate date) {
        return perAccount(openingEntries(date), accountIds);
    }

    private static List<Part> openingEntries(LocalDate date) {
        return List.of(Part.lines("l.debit", "l.credit", "FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
                + "WHERE l.entry_date = :day AND e.journal_code = '" + OPENING_JOURNAL + "'", Map.of("day", date)));
    }

    /**
     * What each account moved from {@code from} to {@code to} (both included): the period totals of
     * the whole months, the lines of the days of partial months. A partial month of more than half
     * its days is read as its period totals less the lines of the other days: never more than half
     * a month of lines at either end.
     */
    public Map<Long, Totals> movements(Collection<Long> accountIds, LocalDate from, LocalDate to) {
        return perAccount(movements(from, to), accountIds);
    }

    private List<Part> movements(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return List.of();
        }
        DateSpan span = new DateSpan(from, to);
        List<Part> parts = new ArrayList<>();
        if (span.hasMonths()) {
            parts.addAll(wholeMonths(span.firstPeriod(), span.lastPeriod()));
        }
        for (LocalDate[] days : span.daysRead()) {
            parts.add(Part.lines("debit", "credit", "FROM journal_line WHERE entry_date >= :first AND entry_date <= :last",
                    Map.of("first", days[0], "last", days[1])));
        }
        for (LocalDate[] days : span.daysLeftOut()) {
            parts.add(Part.lines("debit", "credit", "FROM journal_line WHERE entry_date >= :first AND entry_date <= :last",
                    Map.of("first", days[0], "last", days[1])).negated());
        }
        return parts;
    }

    /**
     * Periods {@code first} to {@code last}. Over more than half of one open year, the year's
     * totals less the months outside the span: never more than six period rows per account.
     */
    private List<Part> wholeMonths(int first, int last) {
        int year = first / 100;
        boolean withinYear = last / 100 == year;
        if (!withinYear || last - first + 1 <= 6 || em.find(FiscalYear.class, year) == null) {
            return periods(first, last);
        }
        List<Part> parts = new ArrayList<>();
        parts.add(Part.rows("debit_total", "credit_total", YEAR_ROWS, Map.of("year", year)));
        periods(year * 100 + 1, first - 1).forEach(outside -> parts.add(outside.negated()));
        periods(last + 1, year * 100 + 12).forEach(outside -> parts.add(outside.negated()));
        return parts;
    }

    private static List<Part> periods(int first, int last) {
        if (last < first) {
            return List.of();
        }
        return List.of(Part.rows("debit_total", "credit_total", "FROM account_period_balance "
                + "WHERE period_id >= :first AND period_id <= :last", Map.of("first", first, "last", last)));
    }

    /** Sums of the given accounts' totals. */
    public static Totals sum(Map<Long, Totals> totals) {
        return totals.values().stream().reduce(Totals.ZERO, Totals::plus);
    }

    /**
     * One read of (account, debit, credit) from year or period rows, or from lines ({@code from}
     * holds the FROM and WHERE clauses); taken off the sum when negative. Year and period rows also
     * carry their heading, lines only their account.
     */
    private record Part(String debit, String credit, String from, Map<String, Object> parameters, boolean negative, boolean ofLines) {

        static Part rows(String debit, String credit, String from, Map<String, Object> parameters) {
            return new Part(debit, credit, from, parameters, false, false);
        }

        static Part lines(String debit, String credit, String from, Map<String, Object> parameters) {
            return new Part(debit, credit, from, parameters, false, true);
        }

        Part negated() {
            return new Part(debit, credit, from, parameters, !negative, ofLines);
        }

        /** The select for the given accounts, each on its own, through the keys that start with the account. */
        String forAccounts() {
            return "SELECT account_id, SUM(" + debit + "), SUM(" + credit + ") " + pinned(from, BY_ACCOUNT)
                    + " AND account_id IN (:accounts) GROUP BY account_id";
        }

        /** What the part reads, whatever it sums of it: parts reading the same rows are read once. */
        Source source() {
            return new Source(from, parameters, ofLines);
        }
    }

    /** The rows a part reads: year or period rows (keyed by heading), or lines (keyed by account). */
    private record Source(String from, Map<String, Object> parameters, boolean ofLines) {
    }

    /** Each table's index for a read of given accounts: the primary keys, the lines by (account, date). */
    private static final Map<String, String> BY_ACCOUNT = Map.of(
            "account_year_balance", IndexedLookup.throughConstraint("account_year_balance", "pk_account_year_balance"),
            "account_period_balance", IndexedLookup.throughConstraint("account_period_balance", "pk_account_period_balance"),
            "journal_line", IndexedLookup.throughIndex("journal_line", "ix_line_account_date"));

    /** Each table's index for the trial balance's reads of every account: those holding every column it reads. */
    private static final Map<String, String> BY_HEADING = Map.of(
            "account_year_balance", IndexedLookup.throughIndex("account_year_balance", "ix_year_balance_heading"),
            "account_period_balance", IndexedLookup.throughIndex("account_period_balance", "ix_balance_period_heading"),
            "journal_line", IndexedLookup.throughIndex("journal_line", "ix_line_date_account"));

    private static final Pattern ONE_TABLE = Pattern.compile("^FROM (\\w+) WHERE ");

    /**
     * {@code from} (the FROM and WHERE clauses of a part) reading its table through the index
     * {@code indexes} gives it, if it reads one table alone. Derby keeps the plan it compiled first
     * (configure-server.cli), and a plan compiled on a new, small database keeps reading through
     * whatever index it chose then ({@link IndexedLookup}): the year rows through the fiscal year's
     * foreign key, then each row from the table.
     */
    private static String pinned(String from, Map<String, String> indexes) {
        Matcher table = ONE_TABLE.matcher(from);
        if (!table.find() || !indexes.containsKey(table.group(1))) {
            return from;
        }
        return "FROM " + indexes.get(table.group(1)) + "WHERE " + from.substring(table.end());
    }

    /**
     * One read of a source for the trial balance, with the (bf, ytd, d, c) columns every part
     * reading that source adds: its signed balance into bf (slot 0) or ytd (slot 1), or its debits
     * and credits into d and c (slot 2). Year and period rows come back as they are, keyed by
     * heading; lines summed per account. Nothing is grouped by heading in the database: Derby
     * groups by sorting, and sorting the year's and the month's 5 000 rows by heading took two
     * thirds of its month (docs/benchmark.md); the server adds them up in a hash map.
     */
    private static final class Arm {

        private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

        private final Source source;
        private final List<StringBuilder> columns = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder(),
                new StringBuilder());

        Arm(Source source) {
            this.source = source;
        }

        void add(Part part, int slot) {
            String debits = source.ofLines() ? "SUM(" + part.debit() + ")" : part.debit();
            String credits = source.ofLines() ? "SUM(" + part.credit() + ")" : part.credit();
            String plus = part.negative() ? " - " : " + ";
            String minus = part.negative() ? " + " : " - ";
            if (slot < 2) {
                columns.get(slot).append(plus).append(debits).append(minus).append(credits);
            } else {
                columns.get(2).append(plus).append(debits);
                columns.get(3).append(plus).append(credits);
            }
        }

        boolean keyedByAccount() {
            return source.ofLines();
        }

        /** The arm's select, its parameters as JDBC markers, a table read alone through its covering index. */
        String sql() {
            StringJoiner sums = new StringJoiner(", ");
            for (StringBuilder column : columns) {
                sums.add(bigint("0" + column));
            }
            String from = PARAMETER.matcher(pinned(source.from(), BY_HEADING)).replaceAll("?");
            return source.ofLines()
                    ? "SELECT account_id, " + sums + " " + from + " GROUP BY account_id"
                    : "SELECT heading_id, " + sums + " " + from;
        }

        /** The values of the select's markers, in order. */
        List<Object> parameters() {
            List<Object> values = new ArrayList<>();
            Matcher parameter = PARAMETER.matcher(source.from());
            while (parameter.find()) {
                Object value = source.parameters().get(parameter.group(1));
                values.add(value instanceof LocalDate day ? Date.valueOf(day) : value);
            }
            return values;
        }

        /** PostgreSQL sums BIGINT into NUMERIC: cast back, so every column reads as a long. */
        static String bigint(String expression) {
            return "CAST(" + expression + " AS BIGINT)";
        }
    }

    /** Each account's totals over the parts, read for the given accounts in chunks. */
    private Map<Long, Totals> perAccount(List<Part> parts, Collection<Long> accountIds) {
        Map<Long, Totals> totals = new HashMap<>();
        for (Part part : parts) {
            for (List<Long> chunk : BatchReferences.chunks(accountIds)) {
                var query = em.createNativeQuery(part.forAccounts());
                part.parameters().forEach(query::setParameter);
                query.setParameter("accounts", chunk);
                for (Object row : query.getResultList()) {
                    Object[] cells = (Object[]) row;
                    long sign = part.negative() ? -1 : 1;
                    totals.merge(SqlValues.longOf(cells[0]),
                            new Totals(sign * SqlValues.longOf(cells[1]), sign * SqlValues.longOf(cells[2])), Totals::plus);
                }
            }
        }
        return totals;
    }

    /**
     * What a trial balance from {@code from} to {@code to} shows under a heading (the account the
     * balance générale shows an account under: its control account, or itself), as signed balances
     * (debit positive) except the span's debits and credits.
     *
     * @param broughtForward what the heading's accounts brought into the year ({@link #broughtForward})
     * @param yearToDate     what they moved from 1 January to the eve of the span, plus the AN entries of its first day
     * @param debit          the span's debits, its first day's AN entries excluded
     */
    public record HeadingFigures(String code, String name, int accountClass, long broughtForward, long yearToDate, long debit,
                                 long credit) {
    }

    /**
     * The figures of a trial balance, by heading: the same reads as {@link #broughtForward},
     * {@link #movements} and {@link #openingEntries}, each source read once (the year's rows for
     * what accounts brought and moved, the lines of days both before and within a span), on the
     * transaction's connection, and summed per heading here; then the headings' codes and names
     * from the chart.
     */
    public List<HeadingFigures> byHeading(Connection connection, LocalDate from, LocalDate to) throws SQLException {
        List<Part> openingEntries = openingEntries(from);
        List<List<Part>> slots = List.of(
                broughtForward(from.getYear()),
                concat(movements(from.withDayOfYear(1), from.minusDays(1)), openingEntries),
                concat(movements(from, to), openingEntries.stream().map(Part::negated).toList()));
        Map<Source, Arm> arms = new LinkedHashMap<>();
        for (int slot = 0; slot < slots.size(); slot++) {
            for (Part part : slots.get(slot)) {
                arms.computeIfAbsent(part.source(), Arm::new).add(part, slot);
            }
        }
        Map<Long, long[]> byHeading = new HashMap<>();
        Map<Long, long[]> byAccount = new HashMap<>();
        for (Arm arm : arms.values()) {
            try (PreparedStatement select = connection.prepareStatement(arm.sql())) {
                List<Object> parameters = arm.parameters();
                for (int i = 0; i < parameters.size(); i++) {
                    select.setObject(i + 1, parameters.get(i));
                }
                Map<Long, long[]> into = arm.keyedByAccount() ? byAccount : byHeading;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long[] sums = into.computeIfAbsent(rows.getLong(1), key -> new long[4]);
                        for (int column = 0; column < 4; column++) {
                            sums[column] += rows.getLong(column + 2);
                        }
                    }
                }
            }
        }
        return headings(connection, byHeading, byAccount);
    }

    /** The headings' figures with their codes and names, the lines' accounts folded into their headings. */
    private static List<HeadingFigures> headings(Connection connection, Map<Long, long[]> byHeading, Map<Long, long[]> byAccount)
            throws SQLException {
        Map<Long, long[]> sums = new HashMap<>(byHeading);
        Map<Long, Named> chart = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, COALESCE(control_account_id, id), code, name, account_class FROM account");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                long[] moved = byAccount.get(id);
                if (moved != null) {
                    long[] heading = sums.computeIfAbsent(rows.getLong(2), key -> new long[4]);
                    for (int column = 0; column < 4; column++) {
                        heading[column] += moved[column];
                    }
                }
                chart.put(id, new Named(rows.getString(3), rows.getString(4), rows.getInt(5)));
            }
        }
        List<HeadingFigures> figures = new ArrayList<>(sums.size());
        sums.forEach((id, s) -> {
            Named heading = chart.get(id);
            figures.add(new HeadingFigures(heading.code(), heading.name(), heading.accountClass(), s[0], s[1], s[2], s[3]));
        });
        return figures;
    }

    private record Named(String code, String name, int accountClass) {
    }

    private static List<Part> concat(List<Part> first, List<Part> second) {
        List<Part> parts = new ArrayList<>(first);
        parts.addAll(second);
        return parts;
    }

    /**
     * A date span cut into the months read from their period totals and the days read from lines:
     * a partial month at either end is read whole, less the lines of the days outside the span,
     * when the span holds more than half of its days; otherwise the span's days are read.
     */
    private record DateSpan(LocalDate from, LocalDate to) {

        private boolean withinOneMonth() {
            return YearMonth.from(from).equals(YearMonth.from(to));
        }

        /** A span inside one month that touches neither its first nor its last day is read from its lines. */
        private boolean inMiddleOfMonth() {
            return withinOneMonth() && from.getDayOfMonth() > 1 && !to.equals(YearMonth.from(to).atEndOfMonth());
        }

        private boolean headReadWhole() {
            return from.getDayOfMonth() == 1 || (!inMiddleOfMonth() && moreThanHalf(from, withinOneMonth() ? to : endOf(from)));
        }

        private boolean tailReadWhole() {
            return to.equals(endOf(to)) || (!inMiddleOfMonth() && moreThanHalf(withinOneMonth() ? from : to.withDayOfMonth(1), to));
        }

        private YearMonth firstMonth() {
            YearMonth month = YearMonth.from(from);
            return headReadWhole() ? month : month.plusMonths(1);
        }

        private YearMonth lastMonth() {
            YearMonth month = YearMonth.from(to);
            return tailReadWhole() ? month : month.minusMonths(1);
        }

        boolean hasMonths() {
            return !firstMonth().isAfter(lastMonth());
        }

        int firstPeriod() {
            return FiscalPeriod.idOf(firstMonth());
        }

        int lastPeriod() {
            return FiscalPeriod.idOf(lastMonth());
        }

        /** The days of the span outside the months read whole. */
        List<LocalDate[]> daysRead() {
            if (!hasMonths()) {
                return List.<LocalDate[]>of(new LocalDate[] {from, to});
            }
            List<LocalDate[]> days = new ArrayList<>();
            if (!headReadWhole()) {
                days.add(new LocalDate[] {from, endOf(from)});
            }
            if (!tailReadWhole()) {
                days.add(new LocalDate[] {to.withDayOfMonth(1), to});
            }
            return days;
        }

        /** The days of the months read whole that lie outside the span. */
        List<LocalDate[]> daysLeftOut() {
            if (!hasMonths()) {
                return List.of();
            }
            List<LocalDate[]> days = new ArrayList<>();
            if (headReadWhole() && from.getDayOfMonth() > 1) {
                days.add(new LocalDate[] {from.withDayOfMonth(1), from.minusDays(1)});
            }
            if (tailReadWhole() && !to.equals(endOf(to))) {
                days.add(new LocalDate[] {to.plusDays(1), endOf(to)});
            }
            return days;
        }

        private static LocalDate endOf(LocalDate day) {
            return YearMonth.from(day).atEndOfMonth();
        }

        private static boolean moreThanHalf(LocalDate first, LocalDate last) {
            return 2 * (last.getDayOfMonth() - first.getDayOfMonth() + 1) > first.lengthOfMonth();
        }
    }
}
