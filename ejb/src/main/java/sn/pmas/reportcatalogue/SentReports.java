package sn.pmas.reportcatalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import sn.pmas.platform.Roles;

/**
 * The archive of the documents sent to insurers and schemes (docs/report-catalogue.md): each kept
 * once per report, parameters, format and recipient, byte for byte, with its SHA-256. Nothing here
 * updates or deletes; the database refuses both (V79).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SentReports {

    /** The most a listing returns, newest first. */
    public static final int MAX_LISTED = 500;
    private static final String COLUMNS = "id, report_code, parameters, report_format, recipient, report_month, file_name, media_type, "
            + "content_length, sha256, sent_at, sent_by";

    @Resource(lookup = "java:jboss/datasources/PmasLedgerDS")
    private DataSource dataSource;
    @EJB
    private SentReportStore store;

    /**
     * Archives the document as sent, unless a copy with its key is archived already: then that
     * first copy stands, unchanged, and is returned (a second production never replaces what was sent).
     *
     * @return the archived copy, and whether this call archived it
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Archived archive(SentDocument document, String sentBy) {
        Optional<SentReportView> existing = find(document.key());
        if (existing.isPresent()) {
            return new Archived(existing.get(), false);
        }
        try {
            store.insert(document, Instant.now(), sentBy);
            return new Archived(find(document.key()).orElseThrow(), true);
        } catch (EJBException e) {
            // lost a race on sent_report_once: the winner's copy is the one sent
            return new Archived(find(document.key()).orElseThrow(() -> e), false);
        }
    }

    /** A document of the archive and whether this call put it there. */
    public record Archived(SentReportView report, boolean created) {
    }

    public Optional<SentReportView> find(SentReportKey key) {
        return query("SELECT " + COLUMNS + " FROM sent_report WHERE report_code = ? AND parameters = ? AND report_format = ? AND recipient = ?",
                key.report(), key.canonicalParameters(), key.format(), key.recipient()).stream().findFirst();
    }

    public Optional<SentReportView> find(long id) {
        return query("SELECT " + COLUMNS + " FROM sent_report WHERE id = ?", id).stream().findFirst();
    }

    /**
     * The archive, newest first, at most {@link #MAX_LISTED}; each criterion null for any. The
     * recipient is a condition of the query (an insurer's user lists its own only, before the cap).
     */
    public List<SentReportView> list(String recipient, String report, String month) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM sent_report WHERE 1 = 1");
        List<Object> values = new ArrayList<>();
        for (String[] criterion : new String[][] {{"recipient", recipient}, {"report_code", report}, {"report_month", month}}) {
            if (criterion[1] != null) {
                sql.append(" AND ").append(criterion[0]).append(" = ?");
                values.add(criterion[1]);
            }
        }
        sql.append(" ORDER BY sent_at DESC, id DESC FETCH FIRST " + MAX_LISTED + " ROWS ONLY");
        return query(sql.toString(), values.toArray());
    }

    /** The bytes archived under this id, exactly as sent. */
    public Optional<byte[]> content(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT content FROM sent_report WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }

    private List<SentReportView> query(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                select.setObject(i + 1, values[i]);
            }
            List<SentReportView> views = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString(2);
                    views.add(new SentReportView(rows.getLong(1), code, ReportCatalogue.find(code).map(CatalogueEntry::title).orElse(code),
                            rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8), rows.getInt(9), rows.getString(10), rows.getTimestamp(11).toInstant(), rows.getString(12)));
                }
            }
            return views;
        } catch (SQLException e) {
            throw new EJBException(e);
        }
    }
}
