package sn.pmas.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sn.pmas.bankstatement.StatementFormat;
import sn.pmas.cheque.BankAccount;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.platform.SqlValues;
import sn.pmas.sig.SigEvent;

/**
 * A month's bank statement of a demo bank account, as its bank would send it (docs/bank-statements.md):
 * written from the books, so that importing it gives a reconciliation statement that ties. It shows
 * every movement of the account's ledger account the treasury did not book (funds received, claims
 * paid by transfer, transfers to the pool's account; two top-ups of the same amount, {@link #topUps}), the cheques handed over (cashed by the bank,
 * with their numbers), and the month's account-keeping fee the books do not know yet (booked on
 * import by the charges rule). The cheques released but not handed over stay outstanding. CSV in
 * the bank's mapping saved by V50 (BQ-MANDANTS: CBAO's export) or camt.053.001.08.
 */
@Stateless
@PermitAll
public class DemoStatementSamples {

    /** The demo's last month: the statement a newcomer imports. */
    public static final YearMonth SAMPLE_MONTH = YearMonth.of(DemoDataLoader.DEMO_YEAR, 12);
    static final long ACCOUNT_FEE = 7_500;
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    private EntityManager em;
    @EJB
    private BankAccounts bankAccounts;

    private record Line(LocalDate date, long amount, String label, String reference, Long cheque) {
    }

    /**
     * Two insurers top up their working funds by the same amount two days apart in December: on the
     * statement, each transfer fits both receipts (same amount, within the candidate rule's days), so
     * the matching leaves them to the accountant — the ambiguous pair of the demo.
     */
    static List<SigEvent> topUps(int year) {
        return List.of(topUp("ASKIA", LocalDate.of(year, 12, 15)), topUp("NSIA", LocalDate.of(year, 12, 17)));
    }

    private static SigEvent topUp(String insurer, LocalDate on) {
        return new Builder("FUNDS_RECEIVED", "FDR-COMPL-" + insurer + "-" + on, on).principal(insurer).amount(2_500_000)
                .label("Complément de fonds de roulement " + insurer).build("");
    }

    public byte[] statement(String bankCode, YearMonth month, StatementFormat format) throws LedgerException {
        BankAccount bank = bankAccounts.require(bankCode);
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        long opening = opening(bank, month);
        List<Line> lines = new ArrayList<>();
        em.createNativeQuery("SELECT l.entry_date, l.debit - l.credit, e.description FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id "
                        + "WHERE l.account_id = ?1 AND l.entry_date >= ?2 AND l.entry_date <= ?3 AND e.source <> 'TREASURY' "
                        + "ORDER BY l.entry_date, l.entry_id, l.line_number")
                .setParameter(1, bank.ledgerAccountId()).setParameter(2, first).setParameter(3, last).getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    long amount = SqlValues.longOf(c[1]);
                    lines.add(new Line(SqlValues.dateOf(c[0]), amount, (amount > 0 ? "VIR RECU " : "VIR EMIS ") + c[2], null, null));
                });
        em.createNativeQuery("SELECT q.cheque_number, q.amount, q.cashed_on, q.payee FROM cheque q WHERE q.bank_account_id = ?1 "
                        + "AND q.status IN ('DELIVERED', 'CASHED') AND q.bank_matched_on IS NULL AND q.released_on <= ?3 "
                        + "AND (q.cashed_on IS NULL OR q.cashed_on >= ?2) AND (q.cashed_on IS NULL OR q.cashed_on <= ?3)")
                .setParameter(1, bank.id()).setParameter(2, first).setParameter(3, last).getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    long number = SqlValues.longOf(c[0]);
                    lines.add(new Line(c[2] == null ? last : SqlValues.dateOf(c[2]), -SqlValues.longOf(c[1]),
                            "CHEQUE N° " + String.format("%07d", number) + " " + c[3], null, number));
                });
        lines.add(new Line(last, -ACCOUNT_FEE, "FRAIS TENUE DE COMPTE " + month, null, null));
        lines.sort(Comparator.comparing(Line::date));
        String prefix = bankCode.replace("-", "").substring(0, Math.min(6, bankCode.replace("-", "").length())) + month.toString().replace("-", "");
        List<Line> numbered = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            numbered.add(new Line(line.date(), line.amount(), line.label(), prefix + String.format("%05d", i + 1), line.cheque()));
        }
        long closing = opening + numbered.stream().mapToLong(Line::amount).sum();
        String identifier = (String) em.createNativeQuery("SELECT bank_identifier FROM bank_account WHERE id = ?1")
                .setParameter(1, bank.id()).getSingleResult();
        String text = format == StatementFormat.CSV ? csv(numbered) : camt(bankCode, month, identifier, opening, closing, numbered);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The bank's balance when the month opens: its ledger account's, the statements before it having shown every movement. */
    public long opening(String bankCode, YearMonth month) throws LedgerException {
        return opening(bankAccounts.require(bankCode), month);
    }

    private long opening(BankAccount bank, YearMonth month) {
        return LedgerTotals.sum(new LedgerTotals(em).balancesAt(List.of(bank.ledgerAccountId()), month.atDay(1).minusDays(1))).debitBalance();
    }

    /** CBAO's export as mapped by V50: « ; », dd/MM/yyyy, debit and credit columns, decimal comma. */
    private static String csv(List<Line> lines) {
        StringBuilder csv = new StringBuilder("Date opération;Date valeur;Libellé;Débit;Crédit;Référence;N° chèque\n");
        for (Line line : lines) {
            String amount = String.format(java.util.Locale.FRANCE, "%,d,00", Math.abs(line.amount())).replace('\u202f', ' ').replace('\u00a0', ' ');
            csv.append(FRENCH.format(line.date())).append(';').append(FRENCH.format(line.date())).append(';')
                    .append(line.label().replace(";", ",").replace("\"", "'")).append(';')
                    .append(line.amount() < 0 ? amount : "").append(';').append(line.amount() > 0 ? amount : "").append(';')
                    .append(line.reference()).append(';').append(line.cheque() == null ? "" : line.cheque()).append('\n');
        }
        return csv.toString();
    }

    private static String camt(String bankCode, YearMonth month, String identifier, long opening, long closing, List<Line> lines) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
                  <BkToCstmrStmt>
                    <GrpHdr><MsgId>%1$s-%2$s</MsgId><CreDtTm>%3$sT07:00:00</CreDtTm></GrpHdr>
                    <Stmt>
                      <Id>%1$s-%2$s</Id>
                      <ElctrncSeqNb>%4$d</ElctrncSeqNb>
                      <FrToDt><FrDtTm>%5$sT00:00:00</FrDtTm><ToDtTm>%6$sT23:59:59</ToDtTm></FrToDt>
                      <Acct><Id><Othr><Id>%7$s</Id></Othr></Id><Ccy>XOF</Ccy></Acct>
                """.formatted(bankCode, month, month.plusMonths(1).atDay(1), month.getMonthValue(), month.atDay(1), month.atEndOfMonth(), identifier));
        balance(xml, "OPBD", opening, month.atDay(1));
        balance(xml, "CLBD", closing, month.atEndOfMonth());
        for (Line line : lines) {
            xml.append("      <Ntry><NtryRef>").append(line.reference()).append("</NtryRef><Amt Ccy=\"XOF\">").append(Math.abs(line.amount()))
                    .append("</Amt><CdtDbtInd>").append(line.amount() < 0 ? "DBIT" : "CRDT").append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>")
                    .append(line.date()).append("</Dt></BookgDt><ValDt><Dt>").append(line.date()).append("</Dt></ValDt><AcctSvcrRef>")
                    .append(line.reference()).append("</AcctSvcrRef><AddtlNtryInf>").append(escaped(line.label())).append("</AddtlNtryInf>");
            if (line.cheque() != null) {
                xml.append("<NtryDtls><TxDtls><Refs><ChqNb>").append(line.cheque()).append("</ChqNb></Refs></TxDtls></NtryDtls>");
            }
            xml.append("</Ntry>\n");
        }
        return xml.append("    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n").toString();
    }

    private static void balance(StringBuilder xml, String code, long amount, LocalDate on) {
        xml.append("      <Bal><Tp><CdOrPrtry><Cd>").append(code).append("</Cd></CdOrPrtry></Tp><Amt Ccy=\"XOF\">").append(Math.abs(amount))
                .append("</Amt><CdtDbtInd>").append(amount < 0 ? "DBIT" : "CRDT").append("</CdtDbtInd><Dt><Dt>").append(on).append("</Dt></Dt></Bal>\n");
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
