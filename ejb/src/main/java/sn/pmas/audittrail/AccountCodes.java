package sn.pmas.audittrail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** Every account's general and auxiliary code by id, read once per run (a few thousand accounts). */
final class AccountCodes {

    private record Codes(String account, String auxiliary) {
    }

    private final Map<Long, Codes> byId = new HashMap<>();

    static AccountCodes read(Connection connection) throws SQLException {
        AccountCodes codes = new AccountCodes();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT a.id, a.code, c.code FROM account a LEFT JOIN account c ON c.id = a.control_account_id");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String control = rows.getString(3);
                codes.byId.put(rows.getLong(1), control == null ? new Codes(rows.getString(2), "") : new Codes(control, rows.getString(2)));
            }
        }
        return codes;
    }

    String account(long id) {
        return codes(id).account();
    }

    String auxiliary(long id) {
        return codes(id).auxiliary();
    }

    private Codes codes(long id) {
        Codes codes = byId.get(id);
        if (codes == null) {
            throw new IllegalStateException("a journal line names account " + id + ", which the chart does not hold");
        }
        return codes;
    }
}
