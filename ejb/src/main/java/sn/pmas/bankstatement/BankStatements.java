package sn.pmas.bankstatement;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sn.pmas.cheque.BankAccount;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerSource;
import sn.pmas.ledger.PostingLine;
import sn.pmas.ledger.PostingRequest;
import sn.pmas.ledger.PostingResult;
import sn.pmas.ledger.PostingService;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;

/**
 * Bank statements (docs/bank-statements.md): imported from a bank's CSV export or a CAMT.053 file,
 * once per statement identifier and account, each bank entry once; then matched, line by line,
 * with what the books hold by the accountant's ordered rules, or by hand. An import locks its bank
 * account's row first, so that two imports of one account never interleave.
 */
@Stateless
@PermitAll
public class BankStatements {

    /** A statement of more lines is split by the bank: ten thousand lines is a year of a busy account. */
    public static final int MAX_LINES = 20_000;
    private static final int IN_LIST = 500;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private PostingService posting;
    @EJB
    private MatchingRules rules;
    @Inject
    private Instance<BookedBankItems> registers;

    /**
     * Imports a statement file. CAMT.053 names its account (IBAN or RIB), checked against
     * {@code bankCode} when given; a CSV needs {@code bankCode} (its saved mapping), and takes its
     * opening balance from the request or the previous statement's closing.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public StatementView importStatement(StatementFormat format, String bankCode, byte[] content, Long openingBalance,
                                         String progressToken) throws StatementException, LedgerException {
        if (format == null) {
            throw new StatementException(StatementRejection.STATEMENT_UNREADABLE, "format", "Format attendu : csv ou camt053.");
        }
        ImportProgress.report(progressToken, "read", 0, 0);
        BankAccount bank;
        ParsedStatement parsed;
        String statementId;
        if (format == StatementFormat.CAMT053) {
            parsed = Camt053Reader.read(content, MAX_LINES);
            bank = byIdentifier(parsed.accountIdentifier());
            if (bankCode != null && !bankCode.equals(bank.code())) {
                throw new StatementException(StatementRejection.STATEMENT_WRONG_ACCOUNT, "bankAccount", "Le relevé est celui du compte "
                        + bank.code() + " (" + parsed.accountIdentifier() + "), pas de " + bankCode + ".");
            }
            if (parsed.statementId() == null || parsed.statementId().isBlank() || parsed.statementId().length() > 80) {
                throw StatementException.rejected(List.of(LineFault.of(0, "Stmt/Id", StatementRejection.STATEMENT_BAD_VALUE,
                        "Identifiant du relevé (Stmt/Id) absent ou de plus de 80 caractères.")));
            }
            statementId = parsed.statementId();
        } else {
            if (bankCode == null) {
                throw new StatementException(StatementRejection.STATEMENT_UNKNOWN_ACCOUNT, "bankAccount",
                        "Un relevé CSV ne dit pas son compte : indiquez le compte bancaire.");
            }
            bank = bankAccounts.require(bankCode);
            parsed = CsvStatementReader.read(content, rules.mapping(bank.id()).orElseThrow(() -> new StatementException(
                    StatementRejection.MAPPING_MISSING, "bankAccount", "Aucun format CSV enregistré pour le compte " + bankCode
                    + " : enregistrez ses colonnes (PUT /api/bank-statements/csv-mappings/" + bankCode + ").")), MAX_LINES);
            statementId = "CSV-" + digest(content);
        }
        ImportProgress.report(progressToken, "read", parsed.lines().size(), parsed.lines().size());
        bankAccounts.lock(bank.code());
        List<ParsedLine> lines = withReferences(statementId, parsed.lines());
        refuseRepeats(bank, statementId, lines);

        Previous previous = previous(bank.id());
        long total = lines.stream().mapToLong(ParsedLine::amount).sum();
        Long opening = parsed.openingBalance() != null ? parsed.openingBalance() : openingBalance != null ? openingBalance
                : previous == null ? null : previous.closing();
        if (opening == null) {
            throw new StatementException(StatementRejection.STATEMENT_BALANCE_CHAIN, "openingBalance",
                    "Premier relevé du compte " + bank.code() + " : indiquez son solde d'ouverture.");
        }
        if (previous != null && opening != previous.closing()) {
            throw new StatementException(StatementRejection.STATEMENT_BALANCE_CHAIN, "openingBalance", "Solde d'ouverture "
                    + opening + " F différent du solde de clôture " + previous.closing() + " F du relevé " + previous.statementId()
                    + " : importez d'abord le relevé qui manque entre les deux.");
        }
        long closing = opening + total;
        if (parsed.closingBalance() != null && parsed.closingBalance() != closing) {
            throw new StatementException(StatementRejection.STATEMENT_BALANCE_MISMATCH, "closingBalance", "Solde de clôture du relevé "
                    + parsed.closingBalance() + " F, mais ouverture " + opening + " F + opérations " + total + " F = " + closing + " F.");
        }
        LocalDate from = parsed.fromDate() != null ? parsed.fromDate()
                : lines.stream().map(ParsedLine::bookingDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = parsed.toDate() != null ? parsed.toDate()
                : lines.stream().map(ParsedLine::bookingDate).max(LocalDate::compareTo).orElseThrow();
        long id = insertStatement(bank, statementId, parsed.sequenceNumber(), format, from, to, opening, closing, lines.size());
        insertLines(id, bank, lines, progressToken);
        autoMatch(bank, id, progressToken);
        ImportProgress.report(progressToken, "done", lines.size(), lines.size());
        return views("s.id = ?1", id).get(0);
    }

    public List<StatementView> list(String bankCode) throws LedgerException {
        if (bankCode == null) {
            return views("1 = 1");
        }
        return views("s.bank_account_id = ?1", bankAccounts.require(bankCode).id());
    }

    public StatementDetail detail(long statementId) throws StatementException, LedgerException {
        List<StatementView> found = views("s.id = ?1", statementId);
        if (found.isEmpty()) {
            throw new StatementException(StatementRejection.LINE_NOT_FOUND, "id", "Le relevé " + statementId + " n'existe pas.");
        }
        StatementView statement = found.get(0);
        Map<Long, List<LineView.MatchView>> matches = new HashMap<>();
        em.createNativeQuery("SELECT m.line_id, m.register_code, m.item_reference, m.amount, m.item_date, m.manual, m.entry_id "
                        + "FROM bank_line_match m JOIN bank_statement_line l ON l.id = m.line_id WHERE l.statement_id = ?1 ORDER BY m.id")
                .setParameter(1, statementId).getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    matches.computeIfAbsent(SqlValues.longOf(c[0]), k -> new ArrayList<>()).add(new LineView.MatchView((String) c[1],
                            (String) c[2], SqlValues.longOf(c[3]), SqlValues.dateOf(c[4]), Boolean.TRUE.equals(c[5]),
                            c[6] == null ? null : SqlValues.longOf(c[6])));
                });
        List<Object[]> rows = lineRows("l.statement_id = ?1", statementId);
        Matcher offers = null;
        List<LineView> lines = new ArrayList<>();
        for (Object[] c : rows) {
            LineStatus status = LineStatus.valueOf((String) c[8]);
            List<OpenItem> candidates = List.of();
            if (status == LineStatus.AMBIGUOUS || status == LineStatus.UNMATCHED) {
                if (offers == null) {
                    BankAccount bank = bankAccounts.require(statement.bankAccount());
                    offers = new Matcher(rules.list(), openItems(bank, statement.toDate().plusDays(60)));
                }
                candidates = offers.candidates(line(c));
            }
            lines.add(new LineView(SqlValues.longOf(c[0]), ((Number) c[9]).intValue(), SqlValues.dateOf(c[1]),
                    c[10] == null ? null : SqlValues.dateOf(c[10]), SqlValues.longOf(c[2]), (String) c[3], (String) c[5],
                    c[4] == null ? null : SqlValues.longOf(c[4]), status, status.label(), matches.getOrDefault(SqlValues.longOf(c[0]), List.of()),
                    candidates));
        }
        return new StatementDetail(statement, lines);
    }

    /**
     * Matches a line by hand with open items ({@code register|reference}, as the candidates show
     * them) whose amounts add up to the line's: a deposit of several slips, a cheque the bank gave no
     * number for, one of an ambiguous pair.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public LineView match(long lineId, List<String> itemKeys) throws StatementException, LedgerException {
        Object[] row = lockedLine(lineId);
        LineStatus status = LineStatus.valueOf((String) row[8]);
        if (status == LineStatus.MATCHED || status == LineStatus.BOOKED) {
            throw new StatementException(StatementRejection.LINE_ALREADY_MATCHED, "line", "La ligne " + lineId + " est déjà rapprochée.");
        }
        if (itemKeys == null || itemKeys.isEmpty()) {
            throw new StatementException(StatementRejection.MATCH_ITEM_NOT_OPEN, "items", "Choisissez au moins un élément à rapprocher.");
        }
        BankAccount bank = em.find(BankAccount.class, SqlValues.longOf(row[6]));
        Map<String, OpenItem> open = new HashMap<>();
        openItems(bank, SqlValues.dateOf(row[1]).plusDays(366)).forEach(item -> open.put(item.key(), item));
        List<OpenItem> chosen = new ArrayList<>();
        for (int i = 0; i < itemKeys.size(); i++) {
            OpenItem item = open.get(itemKeys.get(i));
            if (item == null || chosen.contains(item)) {
                throw new StatementException(StatementRejection.MATCH_ITEM_NOT_OPEN, "items[" + i + "]", "L'élément " + itemKeys.get(i)
                        + " n'est pas (ou plus) en attente sur le compte " + bank.code() + ".");
            }
            chosen.add(item);
        }
        long sum = chosen.stream().mapToLong(OpenItem::amount).sum();
        if (sum != SqlValues.longOf(row[2])) {
            throw new StatementException(StatementRejection.MATCH_AMOUNT, "items", "Les éléments choisis totalisent " + sum
                    + " F, la ligne " + SqlValues.longOf(row[2]) + " F.");
        }
        Matcher.Line line = line(row);
        apply(List.of(new Matcher.Decision(line, LineStatus.MATCHED, null, chosen)), bank, true);
        return lineView(lineId);
    }

    /**
     * Undoes a line's match. A match with lines of the bank's ledger account posted nothing; a line
     * booked by a rule has its entry reversed on the entry's date, so that the line and the books
     * go back to where they were before the import. A cheque cashed or a deposit cleared stays:
     * undo it where it was booked.
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public LineView unmatch(long lineId) throws StatementException, LedgerException {
        Object[] row = lockedLine(lineId);
        if (!LineStatus.MATCHED.name().equals(row[8]) && !LineStatus.BOOKED.name().equals(row[8])) {
            throw new StatementException(StatementRejection.LINE_NOT_MATCHED, "line", "La ligne " + lineId + " n'est pas rapprochée.");
        }
        List<?> registersMatched = em.createNativeQuery("SELECT register_code FROM bank_line_match WHERE line_id = ?1 "
                        + "AND register_code NOT IN (?2, ?3)")
                .setParameter(1, lineId).setParameter(2, OpenItem.LEDGER).setParameter(3, OpenItem.BOOKING).getResultList();
        if (!registersMatched.isEmpty()) {
            throw new StatementException(StatementRejection.UNMATCH_NOT_SIMPLE, "line", "La ligne " + lineId + " a été rapprochée de "
                    + registersMatched.get(0) + " : ce rapprochement a été comptabilisé, il s'annule depuis son registre (chèque, remise).");
        }
        for (Object booking : em.createNativeQuery("SELECT entry_id FROM bank_line_match WHERE line_id = ?1 AND register_code = ?2")
                .setParameter(1, lineId).setParameter(2, OpenItem.BOOKING).getResultList()) {
            posting.reverseOwnEntry(LedgerSource.TREASURY, SqlValues.longOf(booking), null,
                    "Comptabilisation de la ligne de relevé n° " + lineId + " annulée");
        }
        em.createNativeQuery("DELETE FROM bank_line_match WHERE line_id = ?1").setParameter(1, lineId).executeUpdate();
        em.createNativeQuery("UPDATE bank_statement_line SET status = 'UNMATCHED', version = version + 1 WHERE id = ?1")
                .setParameter(1, lineId).executeUpdate();
        return lineView(lineId);
    }

    /**
     * What the books hold on the bank account on or before {@code asOf} that no statement line
     * matched: the registers' open items, and the lines of the bank's ledger account (other than the
     * treasury's own, which its registers offer) dated from the account's first statement on — what
     * came before is in that statement's opening balance.
     */
    List<OpenItem> openItems(BankAccount bank, LocalDate asOf) {
        List<OpenItem> items = new ArrayList<>();
        for (BookedBankItems register : registers) {
            register.openOn(bank.code(), asOf).forEach(item -> items.add(OpenItem.of(item)));
        }
        items.addAll(BankLedgerLines.open(em, bank, asOf, false));
        return items;
    }

    private void autoMatch(BankAccount bank, long statementId, String progressToken) throws LedgerException {
        List<Matcher.Line> lines = lineRows("l.statement_id = ?1", statementId).stream().map(BankStatements::line).toList();
        LocalDate last = lines.stream().map(Matcher.Line::date).max(LocalDate::compareTo).orElseThrow();
        Matcher matcher = new Matcher(rules.list(), openItems(bank, last.plusDays(60)));
        List<Matcher.Decision> decisions = matcher.match(lines);
        ImportProgress.report(progressToken, "matched", lines.size() / 2, lines.size());
        apply(decisions, bank, false);
    }

    /** Records the decisions: matches, registers told, entries of the booking rules posted in one go, statuses. */
    private void apply(List<Matcher.Decision> decisions, BankAccount bank, boolean manual) throws LedgerException {
        Map<String, BookedBankItems> byCode = new HashMap<>();
        registers.forEach(register -> byCode.put(register.code(), register));
        List<Matcher.Decision> booked = new ArrayList<>();
        List<PostingRequest> bookings = new ArrayList<>();
        Map<LineStatus, List<Long>> statuses = new HashMap<>();
        String user = caller();
        for (Matcher.Decision decision : decisions) {
            statuses.computeIfAbsent(decision.status(), s -> new ArrayList<>()).add(decision.line().id());
            if (decision.status() == LineStatus.MATCHED) {
                for (OpenItem item : decision.items()) {
                    if (!OpenItem.LEDGER.equals(item.register())) {
                        byCode.get(item.register()).matched(item.reference(), decision.line().date());
                    }
                    insertMatch(decision.line(), item, decision.rule(), manual, user);
                }
            } else if (decision.status() == LineStatus.BOOKED) {
                booked.add(decision);
                bookings.add(booking(bank, decision));
            }
        }
        if (!bookings.isEmpty()) {
            List<PostingResult> results = posting.postAll(LedgerSource.TREASURY, bookings);
            for (int i = 0; i < booked.size(); i++) {
                Matcher.Decision decision = booked.get(i);
                OpenItem entry = new OpenItem(OpenItem.BOOKING, bookings.get(i).sourceReference(), decision.line().amount(),
                        decision.line().date(), null, bookings.get(i).description());
                insertMatch(decision.line(), entry, decision.rule(), manual, user, results.get(i).entryId(), null);
            }
        }
        for (Map.Entry<LineStatus, List<Long>> status : statuses.entrySet()) {
            List<Long> ids = status.getValue();
            for (int from = 0; from < ids.size(); from += IN_LIST) {
                em.createNativeQuery("UPDATE bank_statement_line SET status = ?1, version = version + 1 WHERE id IN (?2)")
                        .setParameter(1, status.getKey().name()).setParameter(2, ids.subList(from, Math.min(ids.size(), from + IN_LIST)))
                        .executeUpdate();
            }
        }
    }

    /** A line with no counterpart, booked by its rule: the bank's 521x against the rule's account, on the line's date. */
    private PostingRequest booking(BankAccount bank, Matcher.Decision decision) {
        Matcher.Line line = decision.line();
        String bankAccount = em.find(Account.class, bank.ledgerAccountId()).code();
        String label = Camt053Reader.cut(decision.rule().name() + " : " + line.label(), 250);
        long amount = Math.abs(line.amount());
        List<PostingLine> postingLines = line.amount() < 0
                ? List.of(PostingLine.debit(decision.rule().accountCode(), amount, label), PostingLine.credit(bankAccount, amount, label))
                : List.of(PostingLine.debit(bankAccount, amount, label), PostingLine.credit(decision.rule().accountCode(), amount, label));
        return new PostingRequest("BQ", line.date(), LedgerSource.TREASURY.code(), StatementBookings.reference(bank.code(), line.id()),
                label, postingLines);
    }

    private void insertMatch(Matcher.Line line, OpenItem item, MatchingRule rule, boolean manual, String user) {
        Long entryId = null;
        Integer lineNumber = null;
        if (OpenItem.LEDGER.equals(item.register())) {
            String[] parts = item.reference().split("/");
            entryId = Long.parseLong(parts[0]);
            lineNumber = Integer.parseInt(parts[1]);
        }
        insertMatch(line, item, rule, manual, user, entryId, lineNumber);
    }

    private void insertMatch(Matcher.Line line, OpenItem item, MatchingRule rule, boolean manual, String user, Long entryId, Integer lineNumber) {
        em.createNativeQuery("INSERT INTO bank_line_match (line_id, register_code, item_reference, amount, item_date, entry_id, line_number, "
                        + "rule_id, manual, matched_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, line.id()).setParameter(2, item.register()).setParameter(3, item.reference()).setParameter(4, item.amount())
                .setParameter(5, item.date() == null ? line.date() : item.date()).setParameter(6, entryId).setParameter(7, lineNumber)
                .setParameter(8, rule == null ? null : rule.id()).setParameter(9, manual).setParameter(10, user).executeUpdate();
    }

    /** CSV lines without a bank reference get the statement's identifier and their line number. */
    private static List<ParsedLine> withReferences(String statementId, List<ParsedLine> lines) {
        return lines.stream().map(l -> l.reference() != null ? l : new ParsedLine(l.lineNumber(), l.bookingDate(), l.valueDate(), l.amount(),
                l.label(), Camt053Reader.cut(statementId, 70) + "-" + l.lineNumber(), l.chequeNumber(), l.endToEndId(), l.raw())).toList();
    }

    /** Refuses a statement imported before, and one whose bank entries another statement (or the file itself) already holds. */
    private void refuseRepeats(BankAccount bank, String statementId, List<ParsedLine> lines) throws StatementException {
        Number before = (Number) em.createNativeQuery("SELECT COUNT(*) FROM bank_statement WHERE bank_account_id = ?1 AND statement_id = ?2")
                .setParameter(1, bank.id()).setParameter(2, statementId).getSingleResult();
        if (before.longValue() > 0) {
            throw new StatementException(StatementRejection.STATEMENT_ALREADY_IMPORTED, "statementId", "Le relevé " + statementId
                    + " du compte " + bank.code() + " est déjà importé.");
        }
        List<LineFault> faults = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ParsedLine line : lines) {
            if (!seen.add(line.reference())) {
                faults.add(LineFault.of(line.lineNumber(), "reference", StatementRejection.STATEMENT_OVERLAP, "Ligne " + line.lineNumber()
                        + " : référence " + line.reference() + " en double dans le fichier."));
            }
        }
        List<String> references = lines.stream().map(ParsedLine::reference).toList();
        Map<String, String> known = new HashMap<>();
        for (int from = 0; from < references.size(); from += IN_LIST) {
            em.createNativeQuery("SELECT l.bank_reference, s.statement_id FROM bank_statement_line l JOIN bank_statement s ON s.id = l.statement_id "
                            + "WHERE l.bank_account_id = ?1 AND l.bank_reference IN (?2)")
                    .setParameter(1, bank.id()).setParameter(2, references.subList(from, Math.min(references.size(), from + IN_LIST)))
                    .getResultList().forEach(row -> known.put((String) ((Object[]) row)[0], (String) ((Object[]) row)[1]));
        }
        for (ParsedLine line : lines) {
            if (known.containsKey(line.reference())) {
                faults.add(LineFault.of(line.lineNumber(), "reference", StatementRejection.STATEMENT_OVERLAP, "Ligne " + line.lineNumber()
                        + " : l'opération " + line.reference() + " figure déjà au relevé " + known.get(line.reference()) + "."));
            }
        }
        if (!faults.isEmpty()) {
            throw new StatementException(StatementRejection.STATEMENT_OVERLAP, "body", faults.size()
                    + " opération(s) déjà importée(s) : le relevé chevauche un relevé importé. Première : " + faults.get(0).message(), faults);
        }
    }

    private record Previous(String statementId, long closing) {
    }

    private Previous previous(long bankAccountId) {
        List<?> rows = em.createNativeQuery("SELECT statement_id, closing_balance FROM bank_statement WHERE bank_account_id = ?1 "
                + "ORDER BY to_date DESC, id DESC").setParameter(1, bankAccountId).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : new Previous((String) ((Object[]) rows.get(0))[0], SqlValues.longOf(((Object[]) rows.get(0))[1]));
    }

    private long insertStatement(BankAccount bank, String statementId, Long sequence, StatementFormat format, LocalDate from, LocalDate to,
                                 long opening, long closing, int lines) {
        em.createNativeQuery("INSERT INTO bank_statement (bank_account_id, statement_id, sequence_number, file_format, from_date, to_date, "
                        + "opening_balance, closing_balance, line_count, imported_at, imported_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, bank.id()).setParameter(2, statementId).setParameter(3, sequence).setParameter(4, format.name())
                .setParameter(5, from).setParameter(6, to).setParameter(7, opening).setParameter(8, closing).setParameter(9, lines)
                .setParameter(10, LocalDateTime.now()).setParameter(11, caller()).executeUpdate();
        return SqlValues.longOf(em.createNativeQuery("SELECT id FROM bank_statement WHERE bank_account_id = ?1 AND statement_id = ?2")
                .setParameter(1, bank.id()).setParameter(2, statementId).getSingleResult());
    }

    private void insertLines(long statementId, BankAccount bank, List<ParsedLine> lines, String progressToken) {
        int done = 0;
        for (ParsedLine line : lines) {
            em.createNativeQuery("INSERT INTO bank_statement_line (statement_id, bank_account_id, line_number, booking_date, value_date, amount, "
                            + "label, bank_reference, cheque_number, end_to_end_id, raw_values, status, version) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'UNMATCHED', 0)")
                    .setParameter(1, statementId).setParameter(2, bank.id()).setParameter(3, line.lineNumber()).setParameter(4, line.bookingDate())
                    .setParameter(5, line.valueDate()).setParameter(6, line.amount()).setParameter(7, line.label()).setParameter(8, line.reference())
                    .setParameter(9, line.chequeNumber()).setParameter(10, line.endToEndId()).setParameter(11, line.raw()).executeUpdate();
            if (++done % 500 == 0) {
                ImportProgress.report(progressToken, "stored", done, lines.size());
            }
        }
    }

    private BankAccount byIdentifier(String identifier) throws StatementException {
        String normalized = identifier == null ? "" : identifier.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        // an IBAN of the UEMOA is the country, two check digits, then the RIB the account is known by
        String rib = normalized.length() == 28 && Character.isLetter(normalized.charAt(0)) ? normalized.substring(4) : normalized;
        List<?> ids = em.createNativeQuery("SELECT id FROM bank_account WHERE bank_identifier = ?1 OR bank_identifier = ?2")
                .setParameter(1, normalized).setParameter(2, rib).getResultList();
        if (ids.isEmpty()) {
            throw StatementException.rejected(List.of(LineFault.of(0, "Acct/Id", StatementRejection.STATEMENT_UNKNOWN_ACCOUNT,
                    "Aucun compte bancaire du Pool n'a l'identifiant " + identifier + " (IBAN ou RIB).")));
        }
        return em.find(BankAccount.class, SqlValues.longOf(ids.get(0)));
    }

    private Object[] lockedLine(long lineId) throws StatementException {
        List<Object[]> rows = lineRows("l.id = ?1", lineId);
        if (rows.isEmpty()) {
            throw new StatementException(StatementRejection.LINE_NOT_FOUND, "line", "La ligne de relevé " + lineId + " n'existe pas.");
        }
        bankAccounts.lock(SqlValues.longOf(rows.get(0)[6]));
        return lineRows("l.id = ?1", lineId).get(0);
    }

    private LineView lineView(long lineId) throws StatementException, LedgerException {
        long statementId = SqlValues.longOf(lineRows("l.id = ?1", lineId).get(0)[7]);
        return detail(statementId).lines().stream().filter(l -> l.id() == lineId).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> lineRows(String where, Object parameter) {
        return em.createNativeQuery("SELECT l.id, l.booking_date, l.amount, l.label, l.cheque_number, l.bank_reference, l.bank_account_id, "
                        + "l.statement_id, l.status, l.line_number, l.value_date FROM bank_statement_line l WHERE " + where + " ORDER BY l.line_number")
                .setParameter(1, parameter).getResultList();
    }

    private static Matcher.Line line(Object[] c) {
        return new Matcher.Line(SqlValues.longOf(c[0]), SqlValues.dateOf(c[1]), SqlValues.longOf(c[2]), (String) c[3],
                c[4] == null ? null : SqlValues.longOf(c[4]));
    }

    private List<StatementView> views(String where, Object... parameters) {
        var query = em.createNativeQuery("SELECT s.id, b.code, s.statement_id, s.sequence_number, s.file_format, s.from_date, s.to_date, "
                + "s.opening_balance, s.closing_balance, s.line_count, "
                + "(SELECT COUNT(*) FROM bank_statement_line l WHERE l.statement_id = s.id AND l.status = 'MATCHED'), "
                + "(SELECT COUNT(*) FROM bank_statement_line l WHERE l.statement_id = s.id AND l.status = 'BOOKED'), "
                + "(SELECT COUNT(*) FROM bank_statement_line l WHERE l.statement_id = s.id AND l.status = 'AMBIGUOUS'), "
                + "(SELECT COUNT(*) FROM bank_statement_line l WHERE l.statement_id = s.id AND l.status = 'UNMATCHED'), "
                + "s.imported_at, s.imported_by FROM bank_statement s JOIN bank_account b ON b.id = s.bank_account_id WHERE " + where
                + " ORDER BY b.code, s.to_date DESC, s.id DESC");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<StatementView> views = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            views.add(new StatementView(SqlValues.longOf(c[0]), (String) c[1], (String) c[2], c[3] == null ? null : SqlValues.longOf(c[3]),
                    (String) c[4], SqlValues.dateOf(c[5]), SqlValues.dateOf(c[6]), SqlValues.longOf(c[7]), SqlValues.longOf(c[8]),
                    ((Number) c[9]).intValue(), ((Number) c[10]).intValue(), ((Number) c[11]).intValue(), ((Number) c[12]).intValue(),
                    ((Number) c[13]).intValue(), timestamp(c[14]), (String) c[15]));
        }
        return views;
    }

    private static LocalDateTime timestamp(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
