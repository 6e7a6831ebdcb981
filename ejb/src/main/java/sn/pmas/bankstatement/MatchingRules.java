package sn.pmas.bankstatement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import sn.pmas.cheque.BankAccount;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.ledger.Account;
import sn.pmas.ledger.LedgerException;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;

/**
 * What the accountant sets for the statements: the ordered matching rules, each bank's CSV
 * mapping, and the identifier (RIB or IBAN) by which a statement names its account.
 */
@Stateless
@PermitAll
public class MatchingRules {

    private static final int MAX_RULES = 50;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z0-9]{10,34}");

    @PersistenceContext
    private EntityManager em;
    @EJB
    private BankAccounts bankAccounts;

    public List<MatchingRule> list() {
        List<MatchingRule> rules = new ArrayList<>();
        em.createNativeQuery("SELECT id, rule_order, kind, name, label_pattern, direction, days_window, account_code, active "
                + "FROM bank_matching_rule ORDER BY rule_order, id").getResultList().forEach(row -> {
                    Object[] c = (Object[]) row;
                    rules.add(new MatchingRule(SqlValues.longOf(c[0]), ((Number) c[1]).intValue(), RuleKind.valueOf((String) c[2]), (String) c[3],
                            (String) c[4], (String) c[5], ((Number) c[6]).intValue(), (String) c[7], Boolean.TRUE.equals(c[8])));
                });
        return rules;
    }

    /** Replaces the rules by {@code rules}, in their order; refused whole on the first invalid one. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public List<MatchingRule> replace(List<MatchingRule> rules) throws StatementException {
        if (rules == null || rules.isEmpty() || rules.size() > MAX_RULES) {
            throw new StatementException(StatementRejection.RULE_INVALID, "rules", "De 1 à " + MAX_RULES + " règles.");
        }
        for (int i = 0; i < rules.size(); i++) {
            check(rules.get(i), "rules[" + i + "]");
        }
        em.createNativeQuery("DELETE FROM bank_matching_rule").executeUpdate();
        for (int i = 0; i < rules.size(); i++) {
            MatchingRule rule = rules.get(i);
            em.createNativeQuery("INSERT INTO bank_matching_rule (rule_order, kind, name, label_pattern, direction, days_window, account_code, active) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, i + 1).setParameter(2, rule.kind().name()).setParameter(3, rule.name().strip())
                    .setParameter(4, rule.labelPattern() == null || rule.labelPattern().isBlank() ? null : rule.labelPattern())
                    .setParameter(5, rule.direction()).setParameter(6, rule.daysWindow())
                    .setParameter(7, rule.kind() == RuleKind.BOOKING ? rule.accountCode() : null).setParameter(8, rule.active()).executeUpdate();
        }
        return list();
    }

    private void check(MatchingRule rule, String field) throws StatementException {
        if (rule == null || rule.kind() == null || rule.name() == null || rule.name().isBlank() || rule.name().length() > 100) {
            throw new StatementException(StatementRejection.RULE_INVALID, field, "Chaque règle a un type et un nom (100 caractères au plus).");
        }
        if (rule.daysWindow() < 0 || rule.daysWindow() > 60) {
            throw new StatementException(StatementRejection.RULE_INVALID, field + ".daysWindow", "Fenêtre de 0 à 60 jours.");
        }
        if (rule.direction() != null && !rule.direction().equals("DEBIT") && !rule.direction().equals("CREDIT")) {
            throw new StatementException(StatementRejection.RULE_INVALID, field + ".direction", "Sens DEBIT, CREDIT ou aucun.");
        }
        if (rule.labelPattern() != null && !rule.labelPattern().isBlank()) {
            try {
                Pattern.compile(rule.labelPattern());
            } catch (PatternSyntaxException e) {
                throw new StatementException(StatementRejection.RULE_INVALID, field + ".labelPattern", "Motif de libellé invalide : "
                        + e.getDescription());
            }
        }
        if (rule.kind() == RuleKind.BOOKING) {
            if (rule.labelPattern() == null || rule.labelPattern().isBlank() || rule.direction() == null) {
                throw new StatementException(StatementRejection.RULE_INVALID, field + ".labelPattern",
                        "Une règle de comptabilisation a un motif de libellé et un sens.");
            }
            Account account = em.createQuery("select a from Account a where a.code = :code", Account.class)
                    .setParameter("code", rule.accountCode()).getResultStream().findFirst().orElse(null);
            if (account == null || !account.postable() || rule.accountCode().startsWith("52")) {
                throw new StatementException(StatementRejection.RULE_INVALID, field + ".accountCode", "Compte de contrepartie attendu : "
                        + "un compte mouvementable du plan, hors banques (reçu : " + rule.accountCode() + ").");
            }
        }
    }

    public Optional<CsvMapping> mapping(long bankAccountId) {
        List<?> rows = em.createNativeQuery("SELECT separator_char, date_column, value_date_column, label_column, amount_column, debit_column, "
                + "credit_column, reference_column, cheque_number_column, date_format, decimal_comma FROM bank_csv_mapping WHERE bank_account_id = ?1")
                .setParameter(1, bankAccountId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] c = (Object[]) rows.get(0);
        return Optional.of(new CsvMapping(String.valueOf(c[0]), (String) c[1], (String) c[2], (String) c[3], (String) c[4], (String) c[5],
                (String) c[6], (String) c[7], (String) c[8], (String) c[9], Boolean.TRUE.equals(c[10])));
    }

    public Optional<CsvMapping> mapping(String bankCode) throws LedgerException {
        return mapping(bankAccounts.require(bankCode).id());
    }

    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public CsvMapping saveMapping(String bankCode, CsvMapping mapping) throws LedgerException, StatementException {
        BankAccount bank = bankAccounts.lock(bankCode);
        if (mapping == null || mapping.separator() == null || mapping.separator().length() != 1 || blank(mapping.dateColumn())
                || blank(mapping.labelColumn()) || blank(mapping.dateFormat())) {
            throw new StatementException(StatementRejection.RULE_INVALID, "separator",
                    "Séparateur (un caractère), colonnes de date et de libellé et format de date sont obligatoires.");
        }
        if (blank(mapping.amountColumn()) == (blank(mapping.debitColumn()) || blank(mapping.creditColumn()))) {
            throw new StatementException(StatementRejection.RULE_INVALID, "amountColumn",
                    "Une colonne de montant signé, ou deux colonnes débit et crédit, pas les deux.");
        }
        try {
            java.time.format.DateTimeFormatter.ofPattern(mapping.dateFormat());
        } catch (IllegalArgumentException e) {
            throw new StatementException(StatementRejection.RULE_INVALID, "dateFormat", "Format de date invalide : " + mapping.dateFormat());
        }
        em.createNativeQuery("DELETE FROM bank_csv_mapping WHERE bank_account_id = ?1").setParameter(1, bank.id()).executeUpdate();
        em.createNativeQuery("INSERT INTO bank_csv_mapping (bank_account_id, separator_char, date_column, value_date_column, label_column, "
                        + "amount_column, debit_column, credit_column, reference_column, cheque_number_column, date_format, decimal_comma, version) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0)")
                .setParameter(1, bank.id()).setParameter(2, mapping.separator()).setParameter(3, mapping.dateColumn())
                .setParameter(4, orNull(mapping.valueDateColumn())).setParameter(5, mapping.labelColumn()).setParameter(6, orNull(mapping.amountColumn()))
                .setParameter(7, orNull(mapping.debitColumn())).setParameter(8, orNull(mapping.creditColumn()))
                .setParameter(9, orNull(mapping.referenceColumn())).setParameter(10, orNull(mapping.chequeNumberColumn()))
                .setParameter(11, mapping.dateFormat()).setParameter(12, mapping.decimalComma()).executeUpdate();
        return mapping(bank.id()).orElseThrow();
    }

    public String identifier(String bankCode) throws LedgerException {
        return (String) em.createNativeQuery("SELECT bank_identifier FROM bank_account WHERE id = ?1")
                .setParameter(1, bankAccounts.require(bankCode).id()).getSingleResult();
    }

    /** The RIB (or IBAN) the bank prints on the account's statements, blanks removed. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public String setIdentifier(String bankCode, String identifier) throws LedgerException, StatementException {
        BankAccount bank = bankAccounts.lock(bankCode);
        String normalized = identifier == null ? "" : identifier.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!IDENTIFIER.matcher(normalized).matches()) {
            throw new StatementException(StatementRejection.RULE_INVALID, "identifier", "RIB ou IBAN attendu : 10 à 34 lettres et chiffres.");
        }
        em.createNativeQuery("UPDATE bank_account SET bank_identifier = ?1 WHERE id = ?2")
                .setParameter(1, normalized).setParameter(2, bank.id()).executeUpdate();
        return normalized;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orNull(String text) {
        return blank(text) ? null : text;
    }
}
