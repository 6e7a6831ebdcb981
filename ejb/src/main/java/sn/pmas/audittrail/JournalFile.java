package sn.pmas.audittrail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.platform.DatabaseMigrator;

/**
 * The journal of a fiscal year as one flat file, in the spirit of the French FEC: one row per
 * journal line of every sealed entry, by journal, entry number and line, with the entry's previous
 * hash and its own (layout in docs/audit-trail.md). CSV as the ledger's other CSVs — UTF-8 with a
 * byte-order mark, {@code ;}, CRLF, quoted when needed — written as the rows arrive from the
 * database, one entry in memory at a time.
 */
@Stateless
@PermitAll
public class JournalFile {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .setHeader(JournalRow.HEADERS.toArray(String[]::new)).get();

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;
    @EJB
    private ChainSealer sealer;
    @EJB
    private FiscalCalendarService calendar;

    /** Checks the year before a response starts: a missing year must be a 404, not a broken download. */
    public void requireYear(int year) throws LedgerException {
        AuditedYear.require(calendar, year);
    }

    /** Seals what awaits, then writes the year's file to {@code body} (left open). */
    public void write(int year, OutputStream body) throws LedgerException, IOException {
        AuditedYear.require(calendar, year);
        sealer.sealAll();
        Writer text = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8), 1 << 16);
        text.write('\uFEFF');
        CSVPrinter csv = FORMAT.print(text);
        try (Connection connection = dataSource.getConnection()) {
            new LedgerRows(connection).sealed(year, entry -> {
                for (JournalRow line : entry.lines()) {
                    List<String> cells = new ArrayList<>(line.cells());
                    cells.add(entry.previousHash());
                    cells.add(entry.hash());
                    print(csv, cells);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("reading the sealed journal of " + year + " failed", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
    }

    private static void print(CSVPrinter csv, List<String> cells) {
        try {
            csv.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
