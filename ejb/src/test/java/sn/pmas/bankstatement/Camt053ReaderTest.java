package sn.pmas.bankstatement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CAMT.053 reader on every namespace version it accepts, and its faults by entry. */
class Camt053ReaderTest {

    private static String statement(String version, String entries) {
        return "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001." + version + "\"><BkToCstmrStmt><Stmt><Id>S-1</Id>"
                + "<ElctrncSeqNb>12</ElctrncSeqNb><Acct><Id><IBAN>SN08SN0120100103614001234567</IBAN></Id></Acct>"
                + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"XOF\">1000.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></Bal>"
                + entries + "</Stmt></BkToCstmrStmt></Document>";
    }

    private static final String CHEQUE = "<Ntry><NtryRef>N1</NtryRef><Amt Ccy=\"XOF\">150000</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
            + "<BookgDt><DtTm>2025-12-31T10:00:00</DtTm></BookgDt><AcctSvcrRef>A1</AcctSvcrRef><AddtlNtryInf>CHEQUE 3005</AddtlNtryInf>"
            + "<NtryDtls><TxDtls><Refs><EndToEndId>E2E</EndToEndId><ChqNb>3005</ChqNb></Refs></TxDtls></NtryDtls></Ntry>";

    @Test
    void readsTheNeededElementsOfEveryVersionFrom02To13() throws StatementException {
        for (int version = 2; version <= 13; version++) {
            ParsedStatement parsed = Camt053Reader.read(statement(String.format("%02d", version), CHEQUE).getBytes(StandardCharsets.UTF_8), 10);
            assertEquals("S-1", parsed.statementId());
            assertEquals(12L, parsed.sequenceNumber());
            assertEquals("SN08SN0120100103614001234567", parsed.accountIdentifier());
            assertEquals(-1_000L, parsed.openingBalance());
            ParsedLine line = parsed.lines().get(0);
            assertEquals(-150_000, line.amount());
            assertEquals(LocalDate.of(2025, 12, 31), line.bookingDate());
            assertEquals("A1", line.reference(), "the bank's own reference first");
            assertEquals(3005L, line.chequeNumber());
            assertEquals("E2E", line.endToEndId());
            assertEquals("CHEQUE 3005", line.label());
        }
    }

    @Test
    void refusesOtherMessagesAndNamesEachBadEntry() {
        assertEquals(StatementRejection.STATEMENT_UNREADABLE, assertThrows(StatementException.class,
                () -> Camt053Reader.read(statement("14", CHEQUE).getBytes(StandardCharsets.UTF_8), 10)).rejection());
        String bad = CHEQUE.replace("150000", "150000.5") + CHEQUE.replace("DBIT", "XXXX").replace("<Amt Ccy=\"XOF\">", "<Amt Ccy=\"EUR\">");
        StatementException refused = assertThrows(StatementException.class,
                () -> Camt053Reader.read(statement("08", bad).getBytes(StandardCharsets.UTF_8), 10));
        assertEquals(List.of(1, 2, 2), refused.faults().stream().map(LineFault::line).toList());
        assertEquals(List.of("Amt", "Amt", "CdtDbtInd"), refused.faults().stream().map(LineFault::field).toList());
    }
}
