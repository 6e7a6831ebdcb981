package sn.pmas.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sn.pmas.currentaccount.PrincipalStatement;
import sn.pmas.currentaccount.StatementMovement;
import sn.pmas.ledger.AccountStatement;
import sn.pmas.ledger.StatementLine;
import sn.pmas.ledger.TrialBalance;
import sn.pmas.ledger.TrialBalanceRow;

/** The expected texts are what JSON-B (Yasson, WildFly 39) wrote for the same reads before this writer. */
class LedgerJsonWriterTest {

    private final LedgerJsonWriter writer = new LedgerJsonWriter();

    @Test
    void aPrincipalStatementKeepsJsonBsFormLeavingNullsOutAndEscapingLabels() {
        PrincipalStatement statement = new PrincipalStatement("ASKIA", "Askia Assurances", "4581.ASKIA",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 100, 25_900_000, 390_905, 25_509_195, List.of(
                        new StatementMovement(LocalDate.of(2025, 1, 3), 1, "BQ", "SIG", "FDR-ASKIA-2025-01", "FUNDS_RECEIVED",
                                "Versement fonds de roulement", 0, 25_900_000, 25_900_100),
                        new StatementMovement(LocalDate.of(2025, 1, 10), 18, "OD", "MANUAL", "M-1", null,
                                "Régul. \"janvier\" \\ <b>", 390_905, 0, 25_509_195)));
        assertEquals("{\"accountCode\":\"4581.ASKIA\",\"closing\":25509195,\"from\":\"2025-01-01\",\"lines\":["
                + "{\"balance\":25900100,\"credit\":25900000,\"date\":\"2025-01-03\",\"debit\":0,\"entryId\":1,"
                + "\"eventType\":\"FUNDS_RECEIVED\",\"journalCode\":\"BQ\",\"label\":\"Versement fonds de roulement\","
                + "\"source\":\"SIG\",\"sourceReference\":\"FDR-ASKIA-2025-01\"},"
                + "{\"balance\":25509195,\"credit\":0,\"date\":\"2025-01-10\",\"debit\":390905,\"entryId\":18,"
                + "\"journalCode\":\"OD\",\"label\":\"Régul. \\\"janvier\\\" \\\\ <b>\",\"source\":\"MANUAL\",\"sourceReference\":\"M-1\"}],"
                + "\"opening\":100,\"principalCode\":\"ASKIA\",\"principalName\":\"Askia Assurances\",\"to\":\"2025-12-31\","
                + "\"totalCredits\":25900000,\"totalDebits\":390905}", written(statement));
    }

    @Test
    void anAccountStatementKeepsJsonBsForm() {
        AccountStatement statement = new AccountStatement("5211", "Banque", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31),
                -5, 0, 1_449_165, -1_449_170, List.of(new StatementLine(LocalDate.of(2025, 12, 6), 1133, 2, "BQ", "5211",
                        "Chèque FAC-1", null, 0, 1_449_165, -1_449_170)));
        assertEquals("{\"accountCode\":\"5211\",\"accountName\":\"Banque\",\"closing\":-1449170,\"from\":\"2025-12-01\",\"lines\":["
                + "{\"accountCode\":\"5211\",\"balance\":-1449170,\"credit\":1449165,\"debit\":0,\"description\":\"Chèque FAC-1\","
                + "\"entryDate\":\"2025-12-06\",\"entryId\":1133,\"journalCode\":\"BQ\",\"lineNumber\":2}],"
                + "\"opening\":-5,\"to\":\"2025-12-31\",\"totalCredit\":1449165,\"totalDebit\":0}", written(statement));
    }

    @Test
    void aTrialBalanceKeepsJsonBsFormLeavingTheTotalsCodeOut() {
        TrialBalance balance = new TrialBalance(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), List.of(
                new TrialBalanceRow("128", "Résultat net en instance d'affectation", 149_094_509, 0, 0, 149_094_509),
                new TrialBalanceRow("5211", "Banque \"mandants\"", -149_094_509, 7_035_924, 0, -142_058_585)),
                new TrialBalanceRow(null, "Totaux", 0, 7_035_924, 0, 7_035_924));
        assertEquals("{\"from\":\"2025-06-01\",\"rows\":["
                + "{\"accountCode\":\"128\",\"accountName\":\"Résultat net en instance d'affectation\",\"closing\":149094509,"
                + "\"credit\":0,\"debit\":0,\"opening\":149094509},"
                + "{\"accountCode\":\"5211\",\"accountName\":\"Banque \\\"mandants\\\"\",\"closing\":-142058585,"
                + "\"credit\":0,\"debit\":7035924,\"opening\":-149094509}],"
                + "\"to\":\"2025-06-30\",\"totals\":{\"accountName\":\"Totaux\",\"closing\":7035924,\"credit\":0,"
                + "\"debit\":7035924,\"opening\":0}}", written(balance));
    }

    @Test
    void writesTheLongLedgerReadsOnlyLeavingEverythingElseToJsonB() {
        assertTrue(writer.isWriteable(PrincipalStatement.class, PrincipalStatement.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(writer.isWriteable(AccountStatement.class, AccountStatement.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(writer.isWriteable(TrialBalance.class, TrialBalance.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(TrialBalanceRow.class, TrialBalanceRow.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertFalse(writer.isWriteable(StatementLine.class, StatementLine.class, null, MediaType.APPLICATION_JSON_TYPE));
    }

    private String written(Object statement) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.writeTo(statement, statement.getClass(), statement.getClass(), null, MediaType.APPLICATION_JSON_TYPE, null, body);
        return body.toString(StandardCharsets.UTF_8);
    }
}
