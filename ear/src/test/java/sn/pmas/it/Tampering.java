package sn.pmas.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

/** The tests' side of {@link RegisterTamper}: a statement run on the application's database behind its back. */
final class Tampering {

    private final URI endpoint;

    /** @param deployment the URL Arquillian gives the test's tamper deployment */
    Tampering(URL deployment) {
        this.endpoint = URI.create(deployment.toString().replaceAll("/?$", "/")).resolve("sql");
    }

    /** Runs the statement: a SELECT answers its first cell, anything else the number of rows changed. */
    String sql(String statement) {
        HttpResponse<String> response = send(statement);
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    /**
     * An UPDATE of an append-only table ({@code journal_line}, {@code current_account_line}) run with
     * its guard out of the way, as a DBA could, the guard restored after.
     */
    String unguarded(String table, String update) {
        if ("postgresql".equals(System.getProperty("pmas.it.db"))) {
            sql("ALTER TABLE " + table + " DISABLE TRIGGER " + table + "_append_only");
            try {
                return sql(update);
            } finally {
                sql("ALTER TABLE " + table + " ENABLE TRIGGER " + table + "_append_only");
            }
        }
        sql("DROP TRIGGER " + table + "_no_update");
        try {
            return sql(update);
        } finally {
            sql("CREATE TRIGGER " + table + "_no_update AFTER UPDATE ON " + table + " FOR EACH STATEMENT "
                    + "INSERT INTO ledger_guard (violation) VALUES ('UPDATE " + table + "')");
        }
    }

    /** The database refuses the statement: its message, in lower case. */
    String refused(String statement) {
        HttpResponse<String> response = send(statement);
        assertEquals(500, response.statusCode(), response::body);
        return response.body().toLowerCase(Locale.ROOT);
    }

    private HttpResponse<String> send(String statement) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(statement))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
