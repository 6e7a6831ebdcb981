package sn.pmas.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.StringJoiner;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the product's migrations must give on every supported database: the whole chart, the
 * reporting view, and the database-level ledger guarantees (one-sided lines, append-only journal,
 * and V12's rules: an entry's lines all present, in order, balanced, dated as the entry, in an open
 * period), proven with direct SQL as any client of the database could send it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationsContract {

    private DataSource database;
    private MigrateResult migrated;

    /** An empty database of the vendor under test. */
    abstract DataSource emptyDatabase() throws SQLException;

    abstract String vendorFolder();

    /** The SQLState a change to a posted line fails with: how this vendor's guard reports it. */
    abstract String immutabilitySqlState();

    /** The SQLState of a broken CHECK constraint, which the ledger-rule triggers report too (V12). */
    abstract String checkViolationSqlState();

    /** The SQLState of a deferred foreign key found broken at commit. */
    abstract String deferredForeignKeySqlState();

    /** Migrated by {@link SchemaMigrations}, the code the application runs at deployment. */
    @BeforeAll
    void migrate() throws SQLException {
        database = emptyDatabase();
        migrated = SchemaMigrations.migrate(database, MigrationsContract.class.getClassLoader());
        openRulePeriods();
    }

    @Test
    void appliesTheCommonAndTheVendorMigrations() throws SQLException {
        assertEquals(vendorFolder(), SchemaMigrations.vendorFolder(database));
        assertTrue(migrated.migrations.stream().anyMatch(migration -> "4".equals(migration.version)),
                "V4, the vendor's append-only guards, is applied too");
        assertEquals(448 + 1 + 3 + 2
                        + 1 + 1, number("SELECT COUNT(*) FROM account"),
                "the SYCEBNL chart, 47122 members to reimburse (V5), 5219 cheques issued not cashed and its two accounts (V30), "
                        + "4471 and 4472 withheld taxes (V40)"
                        + ", 47123 principals' cheques awaiting clearing (V41), 4019 the incentive owed to the Ministry of Health (V55)");
        assertEquals(6, number("SELECT COUNT(*) FROM tax_obligation_version"), "Senegal's fiscal calendar (V40)");
        assertEquals(0, number("SELECT COUNT(*) FROM account WHERE account_kind = 'CONTROL' AND postable = TRUE"));
    }

    @Test
    void postedLinesCannotBeChangedOrDeleted() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO fiscal_year (fiscal_year, start_date, end_date) VALUES (2025, DATE('2025-01-01'), DATE('2025-12-31'))");
            sql.executeUpdate("INSERT INTO fiscal_period VALUES (202503, 2025, 3, DATE('2025-03-01'), DATE('2025-03-31'), 'OPEN', 0)");
            sql.executeUpdate("INSERT INTO account_period_balance SELECT id, 202503, 1000, 0, id FROM account WHERE code = '5211'");
            sql.executeUpdate("INSERT INTO account_period_balance SELECT id, 202503, 0, 1000, id FROM account WHERE code = '5212'");
        }
        posted(1, "2025-03-10", 1000, 2, debit(1, BANK, 1000), credit(2, OWN_BANK, 1000));
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE journal_line SET label = 'corrigé' WHERE entry_id = 1"));
            assertTrue(update.getMessage().toUpperCase().contains("POSTED_ENTRIES_ARE_IMMUTABLE"), update.getMessage());
            assertEquals(immutabilitySqlState(), update.getSQLState(), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM journal_line WHERE entry_id = 1"));
            assertEquals(immutabilitySqlState(), delete.getSQLState(), delete.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE journal_entry SET description = 'autre'"));
            assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM journal_entry"));
        }
        assertEquals(1000, number("SELECT SUM(debit) FROM journal_line WHERE entry_id = 1"));
        assertEquals(0, number("SELECT SUM(debit_total - credit_total) FROM account_period_balance WHERE period_id = 202503"),
                "the period rows balance");
    }

    @Test
    void statementLinesAreAppendOnlyAndEachIsAJournalLine() throws SQLException {
        posted(300, "2030-03-13", 900, 2, debit(1, BANK, 900), credit(2, OWN_BANK, 900));
        String insert = "INSERT INTO current_account_line (account_id, entry_date, entry_id, line_number, journal_code, source, "
                + "source_reference, event_type, label, debit, credit) SELECT id, DATE('2030-03-13'), 300, %d, 'BQ', 'TEST', 'R300', "
                + "'FUNDS_RECEIVED', 'virement', 0, 900 FROM account WHERE code = '" + OWN_BANK + "'";
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            assertEquals(1, sql.executeUpdate(insert.formatted(2)));
            SQLException noSuchLine = assertThrows(SQLException.class, () -> sql.executeUpdate(insert.formatted(3)));
            assertTrue(noSuchLine.getMessage().toUpperCase().contains("FK_CURRENT_ACCOUNT_LINE"), noSuchLine.getMessage());
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE current_account_line SET credit = 9000 WHERE entry_id = 300"));
            assertTrue(update.getMessage().toUpperCase().contains("POSTED_ENTRIES_ARE_IMMUTABLE"), update.getMessage());
            assertEquals(immutabilitySqlState(), update.getSQLState(), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM current_account_line"));
            assertEquals(immutabilitySqlState(), delete.getSQLState(), delete.getMessage());
        }
        assertEquals(900, number("SELECT SUM(credit) FROM current_account_line WHERE entry_id = 300"));
    }

    @Test
    void aSentReportIsKeptAsSentOncePerKey() throws SQLException {
        String insert = "INSERT INTO sent_report (report_code, parameters, report_format, recipient, report_month, file_name, "
                + "media_type, content, content_length, sha256, sent_at, sent_by) VALUES ('monthly-arrears', 'insurer=ASKIA&month=2025-01', "
                + "'pdf', 'ASKIA', '2025-01', 'a.pdf', 'application/pdf', ?, 3, '" + "0".repeat(64) + "', CURRENT_TIMESTAMP, 'test')";
        try (Connection connection = database.getConnection(); PreparedStatement sent = connection.prepareStatement(insert);
             Statement sql = connection.createStatement()) {
            sent.setBytes(1, new byte[] {1, 2, 3});
            sent.executeUpdate();
            assertThrows(SQLException.class, sent::executeUpdate, "one copy per report, parameters, format and recipient (V79)");
            SQLException update = assertThrows(SQLException.class, () -> sql.executeUpdate("UPDATE sent_report SET sent_by = 'autre'"));
            assertTrue(update.getMessage().toUpperCase().contains("SENT_REPORTS_ARE_IMMUTABLE"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM sent_report"));
            assertTrue(delete.getMessage().toUpperCase().contains("SENT_REPORTS_ARE_IMMUTABLE"), delete.getMessage());
        }
        assertEquals(1, number("SELECT COUNT(*) FROM sent_report WHERE sent_by = 'test'"));
    }

    @Test
    void everyEntryAwaitsItsSealWhateverTheWriterAndSealsAreAppendOnly() throws SQLException {
        posted(200, "2030-03-11", 700, 2, debit(1, BANK, 700), credit(2, OWN_BANK, 700));
        assertEquals(1, number("SELECT COUNT(*) FROM audit_pending WHERE entry_id = 200"), "V66's trigger queued the entry");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO audit_seal (entry_id, fiscal_year, journal_code, entry_number, previous_hash, entry_hash, "
                    + "sealed_at) VALUES (200, 2030, 'BQ', 1, '" + "0".repeat(64) + "', '" + "a".repeat(64) + "', CURRENT_TIMESTAMP)");
            SQLException update = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE audit_seal SET entry_hash = '" + "b".repeat(64) + "' WHERE entry_id = 200"));
            assertTrue(update.getMessage().toUpperCase().contains("POSTED_ENTRIES_ARE_IMMUTABLE"), update.getMessage());
            assertEquals(immutabilitySqlState(), update.getSQLState(), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_seal WHERE entry_id = 200"));
            assertEquals(immutabilitySqlState(), delete.getSQLState(), delete.getMessage());
        }
        assertEquals(1, number("SELECT COUNT(*) FROM audit_seal WHERE entry_id = 200 AND entry_hash = '" + "a".repeat(64) + "'"));
    }

    @Test
    void aBalancedEntryWithAllItsLinesIsAccepted() throws SQLException {
        posted(100, "2030-03-10", 1500, 3, debit(1, BANK, 1000), debit(2, BANK, 500), credit(3, OWN_BANK, 1500));

        assertEquals(3, number("SELECT COUNT(*) FROM journal_line WHERE entry_id = 100"));
        assertEquals(0, number("SELECT SUM(debit - credit) FROM journal_line WHERE entry_id = 100"));
    }

    @Test
    void unbalancedLinesAreRefused() throws SQLException {
        assertRuleBroken("ENTRY_LINES_BALANCE", refused(101, "2030-03-10", 1000, 2, debit(1, BANK, 1000), credit(2, OWN_BANK, 900)));
        assertRuleBroken("ENTRY_LINES_BALANCE", refused(102, "2030-03-10", 1000, 2, debit(1, BANK, 900), credit(2, OWN_BANK, 900)),
                "balanced lines that do not sum to the entry's total");
    }

    @Test
    void anEntryMissingALineIsRefusedAtCommit() throws SQLException {
        SQLException missing = refused(103, "2030-03-10", 1000, 3, debit(1, BANK, 1000), credit(2, OWN_BANK, 1000));
        assertTrue(missing.getMessage().toUpperCase().contains("FK_ENTRY_LAST_LINE"), missing.getMessage());
        assertEquals(deferredForeignKeySqlState(), missing.getSQLState(), missing.getMessage());

        SQLException noLines = refused(104, "2030-03-10", 1000, 2);
        assertTrue(noLines.getMessage().toUpperCase().contains("FK_ENTRY_LAST_LINE"), noLines.getMessage());
    }

    @Test
    void linesOutOfOrderAreRefused() throws SQLException {
        assertRuleBroken("LINES_IN_ORDER", refused(105, "2030-03-10", 1000, 2, credit(2, OWN_BANK, 1000), debit(1, BANK, 1000)));
    }

    /** Bulk posting writes many entries' lines in one statement: the rules hold on all its rows, in any order. */
    @Test
    void aMultiRowInsertIsCheckedOnAllItsRows() throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            twoEntriesInOneStatement(connection, 120, 400, 400);
            connection.commit();
        }
        assertEquals(4, number("SELECT COUNT(*) FROM journal_line WHERE entry_id IN (120, 121)"), "last lines first, in one statement");

        SQLException unbalanced = assertRefused(connection -> twoEntriesInOneStatement(connection, 122, 500, 499));
        assertRuleBroken("ENTRY_LINES_BALANCE", unbalanced, "the last entry of the statement does not balance");
        assertEquals(0, number("SELECT COUNT(*) FROM journal_entry WHERE id IN (122, 123)"), "nothing of the statement's entries is kept");
    }

    @Test
    void aLineCannotBeAddedToAPostedEntry() throws SQLException {
        posted(106, "2030-03-10", 1000, 2, debit(1, BANK, 1000), credit(2, OWN_BANK, 1000));

        assertRuleBroken("LINE_WITHIN_ENTRY", refusedLines(106, "2030-03-10", debit(3, BANK, 10)));
        assertRuleBroken("CK_LINE_NUMBER", refusedLines(106, "2030-03-10", debit(0, BANK, 10)));
        assertEquals(2, number("SELECT COUNT(*) FROM journal_line WHERE entry_id = 106"));
    }

    @Test
    void aLineInAClosedPeriodIsRefused() throws SQLException {
        assertRuleBroken("LINE_PERIOD_OPEN", refused(107, "2030-04-10", 1000, 2, debit(1, BANK, 1000), credit(2, OWN_BANK, 1000)));
    }

    @Test
    void aClosedYearsPeriodsStayClosedSoItsLinesAreRefused() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO fiscal_year (fiscal_year, start_date, end_date, closed) VALUES (2031, DATE('2031-01-01'), "
                    + "DATE('2031-12-31'), TRUE)");
            sql.executeUpdate("INSERT INTO fiscal_period VALUES (203106, 2031, 6, DATE('2031-06-01'), DATE('2031-06-30'), 'CLOSED', 0)");
        }
        SQLException reopened = assertRefused(connection -> {
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE fiscal_period SET state = 'OPEN' WHERE id = 203106");
            }
        });
        assertRuleBroken("PERIOD_OF_CLOSED_YEAR", reopened);
        assertEquals(1, number("SELECT COUNT(*) FROM fiscal_period WHERE id = 203106 AND state = 'CLOSED'"));
        assertRuleBroken("LINE_PERIOD_OPEN", refused(108, "2031-06-10", 1000, 2, debit(1, BANK, 1000), credit(2, OWN_BANK, 1000)));
    }

    @Test
    void aLineIsDatedAsItsEntry() throws SQLException {
        assertRuleBroken("LINE_DATED_AS_ENTRY", refused(108, "2030-03-10", 1000, 2,
                debit(1, BANK, 1000), credit(2, OWN_BANK, 1000).on("2030-05-10")), "a line in another period than its entry's");
        assertRuleBroken("LINE_DATED_AS_ENTRY", refused(109, "2030-03-10", 1000, 2,
                debit(1, BANK, 1000), credit(2, OWN_BANK, 1000).on("2030-03-11")), "a line on another day of the same period");
    }

    @Test
    void aLineIsOnOneSide() throws SQLException {
        assertRuleBroken("CK_LINE_ONE_SIDE", refused(111, "2030-03-10", 10, 2,
                new Line(1, BANK, 10, 10, null), credit(2, OWN_BANK, 10)));
    }

    @Test
    void anEntryIsInThePeriodOfItsDate() throws SQLException {
        SQLException refused = assertRefused(connection -> {
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate(entryInsert(110, 203003, "2030-05-10", 1000, 2));
            }
        });
        assertRuleBroken("CK_ENTRY_PERIOD_OF_DATE", refused);
    }

    @Test
    void registerViewsGiveMonthsAsIsoText() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO party (code, party_type, name, active, version) VALUES ('MC-INS', 'INSURER', 'Assureur', TRUE, 0)");
            sql.executeUpdate("INSERT INTO sig_event (source_reference, event_type, event_date, content_hash, received_by, received_at) "
                    + "VALUES ('MC-Q1', 'PREMIUM_ISSUED', DATE('2040-01-10'), 'h', 'test', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO premium (reference, contract_ref, insurer_party_id, product, period_from, period_to, "
                    + "issued_on, premium_amount, policy_costs, taxes, sig_event_id) SELECT 'MC-Q1', 'CT-1', p.id, 'SANTE', "
                    + "DATE('2040-01-01'), DATE('2040-03-31'), DATE('2040-01-10'), 1000, 50, 30, e.id FROM party p, sig_event e "
                    + "WHERE p.code = 'MC-INS' AND e.source_reference = 'MC-Q1'");
            try (ResultSet month = sql.executeQuery("SELECT issued_month, total_amount FROM rpt_premium_quittance "
                    + "WHERE premium_reference = 'MC-Q1'")) {
                assertTrue(month.next());
                assertEquals("2040-01", month.getString(1), "months compare and sort as text yyyy-MM");
                assertEquals(1080, month.getLong(2), "premium + policy costs + taxes");
            }
        }
    }

    /** Cheque numbers: one cheque per leaf, none outside the books; a claim paid once, by its cheque or by the SIG. */
    @Test
    void chequeLeavesAndClaimPaymentsAreGuarded() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO cheque_book (bank_account_id, first_number, last_number, received_on, recorded_by) "
                    + "SELECT id, 101, 102, DATE('2040-01-02'), 'test' FROM bank_account WHERE code = 'BQ-POOL'");
            sql.executeUpdate("INSERT INTO cheque_leaf (bank_account_id, cheque_number, cheque_book_id) "
                    + "SELECT b.bank_account_id, 101, b.id FROM cheque_book b WHERE b.first_number = 101");
            String cheque = "INSERT INTO cheque (reference, bank_account_id, cheque_number, kind, payee, amount, payable_account_id, "
                    + "settles, status, prepared_on, prepared_by, version) SELECT '%s', b.id, %d, 'SUPPLIER', 'Fournisseur', 1000, a.id, "
                    + "'Facture', 'PREPARED', DATE('2040-01-03'), 'test', 0 FROM bank_account b, account a "
                    + "WHERE b.code = 'BQ-POOL' AND a.code = '4018'";
            sql.executeUpdate(cheque.formatted("MC-CHQ-1", 101));
            SQLException twice = assertThrows(SQLException.class, () -> sql.executeUpdate(cheque.formatted("MC-CHQ-2", 101)));
            assertTrue(twice.getMessage().toUpperCase().contains("UQ_CHEQUE_LEAF"), twice.getMessage());
            assertThrows(SQLException.class, () -> sql.executeUpdate(cheque.formatted("MC-CHQ-3", 555)), "555 is in no book");
            SQLException voidedWithoutReason = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE cheque SET status = 'VOIDED', ended_on = DATE('2040-01-04') WHERE reference = 'MC-CHQ-1'"));
            assertTrue(voidedWithoutReason.getMessage().toUpperCase().contains("CK_CHEQUE_VOID_REASON"), voidedWithoutReason.getMessage());
            SQLException releasedWithoutEntry = assertThrows(SQLException.class,
                    () -> sql.executeUpdate("UPDATE cheque SET status = 'RELEASED' WHERE reference = 'MC-CHQ-1'"));
            assertTrue(releasedWithoutEntry.getMessage().toUpperCase().contains("CK_CHEQUE_RELEASED"), releasedWithoutEntry.getMessage());

            sql.executeUpdate("INSERT INTO party (code, party_type, name, active, version) VALUES ('MC-CHQ-INS', 'INSURER', 'Assureur', TRUE, 0)");
            sql.executeUpdate("INSERT INTO sig_event (source_reference, event_type, event_date, content_hash, received_by, received_at) "
                    + "VALUES ('MC-SIN-1', 'CLAIM_VALIDATED', DATE('2040-01-10'), 'h', 'test', CURRENT_TIMESTAMP)");
            sql.executeUpdate("INSERT INTO claim (reference, principal_party_id, payee_kind, member_name, invoice_ref, care_month, "
                    + "invoice_received_on, validated_on, amount, medical_validation, sig_event_id, version) SELECT 'MC-SIN-1', p.id, "
                    + "'MEMBER', 'Awa', 'RD-1', DATE('2040-01-01'), DATE('2040-01-05'), DATE('2040-01-10'), 1000, FALSE, e.id, 0 "
                    + "FROM party p, sig_event e WHERE p.code = 'MC-CHQ-INS' AND e.source_reference = 'MC-SIN-1'");
            sql.executeUpdate("UPDATE claim SET cheque_id = (SELECT id FROM cheque WHERE reference = 'MC-CHQ-1') WHERE reference = 'MC-SIN-1'");
            SQLException paidTwice = assertThrows(SQLException.class, () -> sql.executeUpdate(
                    "UPDATE claim SET paid_on = DATE('2040-01-20'), paid_by = 'SIG', payment_reference = 'SIG-P' WHERE reference = 'MC-SIN-1'"));
            assertTrue(paidTwice.getMessage().toUpperCase().contains("CK_CLAIM_PAID_ONCE"), paidTwice.getMessage());
            assertEquals(1, sql.executeUpdate("UPDATE claim SET paid_on = DATE('2040-01-20'), paid_by = 'CHEQUE', "
                    + "payment_reference = 'MC-CHQ-1' WHERE reference = 'MC-SIN-1'"), "paid by the cheque it is in");
        }
    }

    /** The fiscal year the ledger-rule tests post into: March 2030 open, April closed, May open. */
    private void openRulePeriods() throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO fiscal_year (fiscal_year, start_date, end_date) VALUES (2030, DATE('2030-01-01'), DATE('2030-12-31'))");
            sql.executeUpdate("INSERT INTO fiscal_period VALUES (203003, 2030, 3, DATE('2030-03-01'), DATE('2030-03-31'), 'OPEN', 0)");
            sql.executeUpdate("INSERT INTO fiscal_period VALUES (203004, 2030, 4, DATE('2030-04-01'), DATE('2030-04-30'), 'CLOSED', 0)");
            sql.executeUpdate("INSERT INTO fiscal_period VALUES (203005, 2030, 5, DATE('2030-05-01'), DATE('2030-05-31'), 'OPEN', 0)");
        }
    }

    private static final String BANK = "5211";
    private static final String OWN_BANK = "5212";

    /** One line as a plain SQL client would write it; dated as its entry unless {@link #on} says otherwise. */
    private record Line(int number, String accountCode, long debit, long credit, String date) {
        Line on(String otherDate) {
            return new Line(number, accountCode, debit, credit, otherDate);
        }
    }

    private static Line debit(int number, String accountCode, long amount) {
        return new Line(number, accountCode, amount, 0, null);
    }

    private static Line credit(int number, String accountCode, long amount) {
        return new Line(number, accountCode, 0, amount, null);
    }

    private interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** An entry written and committed by direct SQL, in one transaction. */
    private void posted(long id, String date, long total, int lineCount, Line... lines) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            writeEntry(connection, id, date, total, lineCount, lines);
            connection.commit();
        }
    }

    /** The database refuses the entry, at a statement or at commit, and keeps nothing of it. */
    private SQLException refused(long id, String date, long total, int lineCount, Line... lines) throws SQLException {
        SQLException refusal = assertRefused(connection -> writeEntry(connection, id, date, total, lineCount, lines));
        assertEquals(0, number("SELECT COUNT(*) FROM journal_entry WHERE id = " + id), "nothing of the entry is written");
        return refusal;
    }

    /** The database refuses lines added to an entry already committed. */
    private SQLException refusedLines(long id, String date, Line... lines) throws SQLException {
        return assertRefused(connection -> writeLines(connection, id, date, lines));
    }

    private SQLException assertRefused(SqlWork work) throws SQLException {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            SQLException refusal = assertThrows(SQLException.class, () -> {
                work.run(connection);
                connection.commit();
            });
            connection.rollback();
            return refusal;
        }
    }

    private void writeEntry(Connection connection, long id, String date, long total, int lineCount, Line... lines)
            throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate(entryInsert(id, periodOf(date), date, total, lineCount));
        }
        writeLines(connection, id, date, lines);
    }

    private static String entryInsert(long id, int periodId, String date, long total, int lineCount) {
        return "INSERT INTO journal_entry (id, journal_code, entry_date, period_id, source, source_reference, content_hash, "
                + "description, total_amount, line_count, posted_by, posted_at) VALUES (" + id + ", 'BQ', DATE('" + date + "'), "
                + periodId + ", 'TEST', 'R" + id + "', 'h', 'virement', " + total + ", " + lineCount + ", 'test', CURRENT_TIMESTAMP)";
    }

    private void writeLines(Connection connection, long id, String entryDate, Line... lines) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            for (Line line : lines) {
                String date = line.date() == null ? entryDate : line.date();
                sql.executeUpdate("INSERT INTO journal_line (entry_id, line_number, account_id, period_id, entry_date, debit, credit) "
                        + "SELECT " + id + ", " + line.number() + ", id, " + periodOf(date) + ", DATE('" + date + "'), "
                        + line.debit() + ", " + line.credit() + " FROM account WHERE code = '" + line.accountCode() + "'");
            }
        }
    }

    /**
     * Entries {@code first} and {@code first + 1} of {@code total} each, their four lines in one INSERT,
     * each entry's last line before its first; the second entry's credit line is {@code secondCredit}.
     */
    private static void twoEntriesInOneStatement(Connection connection, long first, long total, long secondCredit) throws SQLException {
        String date = "2030-03-12";
        try (Statement sql = connection.createStatement()) {
            sql.executeUpdate(entryInsert(first, periodOf(date), date, total, 2));
            sql.executeUpdate(entryInsert(first + 1, periodOf(date), date, total, 2));
            sql.executeUpdate(linesAtOnce(date,
                    new EntryLine(first, credit(2, OWN_BANK, total)),
                    new EntryLine(first + 1, credit(2, OWN_BANK, secondCredit)),
                    new EntryLine(first, debit(1, BANK, total)),
                    new EntryLine(first + 1, debit(1, BANK, total))));
        }
    }

    private record EntryLine(long entryId, Line line) {
    }

    /** One INSERT for all the lines, in the order given. */
    private static String linesAtOnce(String date, EntryLine... lines) {
        StringJoiner selects = new StringJoiner(" UNION ALL ");
        for (EntryLine entryLine : lines) {
            Line line = entryLine.line();
            selects.add("SELECT " + entryLine.entryId() + ", " + line.number() + ", id, " + periodOf(date) + ", DATE('" + date + "'), "
                    + line.debit() + ", " + line.credit() + " FROM account WHERE code = '" + line.accountCode() + "'");
        }
        return "INSERT INTO journal_line (entry_id, line_number, account_id, period_id, entry_date, debit, credit) " + selects;
    }

    private static int periodOf(String date) {
        LocalDate day = LocalDate.parse(date);
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** A rule is a CHECK constraint, or raised under the rule's name as one: the same SQLState and name either way. */
    private void assertRuleBroken(String rule, SQLException refusal, String... why) {
        String context = (why.length == 0 ? "" : why[0] + ": ") + refusal.getMessage();
        assertTrue(refusal.getMessage().toUpperCase().contains(rule), context);
        assertEquals(checkViolationSqlState(), refusal.getSQLState(), context);
    }

    private long number(String query) throws SQLException {
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
