package sn.pmas.reportcatalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import javax.sql.DataSource;
import sn.pmas.platform.Roles;

/**
 * Writes one document into the archive, in a transaction of its own: when another node or firing
 * archived the same key first, the unique constraint refuses this insert and only this insert is
 * rolled back (PostgreSQL aborts a whole transaction on a failed statement), so the caller can read
 * the copy that won. Plain JDBC: the content column is a BLOB on Derby and a BYTEA on PostgreSQL,
 * which {@code setBytes} writes alike.
 */
@Stateless
public class SentReportStore {

    @Resource(lookup = "java:jboss/datasources/PmasLedgerDS")
    private DataSource dataSource;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public void insert(SentDocument document, Instant sentAt, String sentBy) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO sent_report (report_code, parameters, report_format, "
                     + "recipient, report_month, file_name, media_type, content, content_length, sha256, sent_at, sent_by) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            SentReportKey key = document.key();
            insert.setString(1, key.report());
            insert.setString(2, key.canonicalParameters());
            insert.setString(3, key.format());
            insert.setString(4, key.recipient());
            insert.setString(5, document.month());
            insert.setString(6, document.fileName());
            insert.setString(7, document.mediaType());
            insert.setBytes(8, document.content());
            insert.setInt(9, document.content().length);
            insert.setString(10, sha256(document.content()));
            insert.setTimestamp(11, Timestamp.from(sentAt));
            insert.setString(12, sentBy);
            insert.executeUpdate();
        } catch (SQLException e) {
            // a system exception: this transaction rolls back, the caller sees why
            throw new EJBException(e);
        }
    }

    /** Hexadecimal, lower case: what the archive keeps and the download's header carries. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
