package sn.pmas.it;

import jakarta.annotation.Resource;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Test-only, deployed beside the EAR by the ITs that tamper (their client: {@link Tampering}) and never part of it: runs one SQL
 * statement (the request body) on the application's database behind the application's back, as
 * a careless script or a broken migration would. A SELECT answers its first cell, anything else
 * the number of rows changed.
 */
@WebServlet("/sql")
public class RegisterTamper extends HttpServlet {

    @Resource(lookup = "java:jboss/datasources/PmasLedgerDS")
    private DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sql = new String(request.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=UTF-8");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (statement.execute(sql)) {
                try (ResultSet rows = statement.getResultSet()) {
                    response.getWriter().write(rows.next() ? String.valueOf(rows.getObject(1)) : "");
                }
            } else {
                response.getWriter().write(String.valueOf(statement.getUpdateCount()));
            }
        } catch (SQLException e) {
            response.sendError(500, e.getMessage());
        }
    }
}
