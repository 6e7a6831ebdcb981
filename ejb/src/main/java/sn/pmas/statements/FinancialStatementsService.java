package sn.pmas.statements;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.FiscalYear;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;
import sn.pmas.reporting.Report;
import sn.pmas.reporting.ReportFormat;
import sn.pmas.reporting.ReportRenderer;
import sn.pmas.reporting.ReportRenderingException;
import sn.pmas.yearend.YearEndClosing;

/**
 * The SYCEBNL statements of a year (docs/financial-statements.md): computed from the ledger
 * through the mapping in force, with the year before; the mapping read and replaced by version;
 * the fiscal package drafted or published. A publication locks the year's row, refuses failed
 * cross-checks, numbers the issue after the year's last and keeps its bytes; the same figures
 * published again answer the latest issue.
 */
@Stateless
@RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN, Roles.DIRECTOR, Roles.AUDITOR})
public class FinancialStatementsService {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private YearEndClosing closing;
    @EJB
    private ReportRenderer renderer;

    public FinancialStatements statements(int year) throws LedgerException {
        return statements(year, mapping(year));
    }

    private FinancialStatements statements(int year, Mapping mapping) throws LedgerException {
        requireYear(year);
        return FinancialStatements.of(mapping, figures(year, mapping), figures(year - 1, mapping));
    }

    /** The accounts behind a detail line of a statement, auxiliaries rolled up, for the year and the year before. */
    public List<LineAccount> lineAccounts(int year, StatementKind statement, String code) throws LedgerException {
        Mapping mapping = mapping(year);
        requireYear(year);
        if (mapping.line(statement, code).isEmpty()) {
            throw new LedgerException(Rejection.NOT_FOUND, "line", "Ligne " + code + " inconnue du " + statement.title() + ".");
        }
        return FinancialStatements.accounts(statement, code, ComputedYear.of(mapping, figures(year, mapping)),
                ComputedYear.of(mapping, figures(year - 1, mapping)));
    }

    /** The latest year with postings (the page opens on it), or the latest opened year. */
    public Integer latestYearWithEntries() {
        return closing.latestYearWithEntries();
    }

    private YearFigures figures(int year, Mapping mapping) {
        if (!calendar.yearExists(year)) {
            return YearFigures.none(year);
        }
        boolean closed = calendar.yearClosed(year);
        return new LedgerFigures(em).of(year, closed, closing.closingLines(year), mapping);
    }

    /** The mapping in force for a year: the latest version valid from that year or before. */
    public Mapping mapping(int year) throws LedgerException {
        List<?> versions = em.createNativeQuery("SELECT version, valid_from_year FROM fs_mapping_version WHERE valid_from_year <= ?1 "
                + "ORDER BY valid_from_year DESC, version DESC").setParameter(1, year).setMaxResults(1).getResultList();
        if (versions.isEmpty()) {
            throw new LedgerException(Rejection.NOT_FOUND, "year", "Aucune correspondance des états financiers en vigueur en " + year + ".");
        }
        Object[] version = (Object[]) versions.get(0);
        int number = (int) SqlValues.longOf(version[0]);
        return new Mapping(number, (int) SqlValues.longOf(version[1]), lines(), rules(number));
    }

    private List<LineDefinition> lines() {
        List<LineDefinition> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT statement_kind, code, label, nature, kind, total_of, treasury FROM fs_line ORDER BY line_order")
                .getResultList()) {
            Object[] c = (Object[]) row;
            lines.add(new LineDefinition(StatementKind.valueOf(c[0].toString().strip()), c[1].toString().strip(), (String) c[2],
                    c[3].toString().charAt(0), LineDefinition.Kind.valueOf(c[4].toString().strip()), (String) c[5], Boolean.TRUE.equals(c[6])));
        }
        return lines;
    }

    private List<MappingRule> rules(int version) {
        List<MappingRule> rules = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT statement_kind, account_from, account_to, balance_side, line_code FROM fs_mapping_rule "
                + "WHERE version = ?1 ORDER BY statement_kind, account_from, balance_side").setParameter(1, version).getResultList()) {
            Object[] c = (Object[]) row;
            rules.add(new MappingRule(StatementKind.valueOf(c[0].toString().strip()), (String) c[1], (String) c[2],
                    BalanceSide.valueOf(c[3].toString().strip()), c[4].toString().strip()));
        }
        return rules;
    }

    /**
     * Records a new version of the mapping, in force from its year: refused when a rule does not
     * parse, two ranges overlap or a chart account has no line. The same rules again from the same
     * year answer the version in force (a replay).
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public Mapping replaceMapping(MappingRequest request) throws LedgerException, StatementsException {
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 500) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "reason", "Motif du changement de correspondance obligatoire (500 caractères au plus).");
        }
        if (request.validFromYear() < 2000 || request.validFromYear() > 2999) {
            throw new LedgerException(Rejection.FIELD_INVALID, "validFromYear", "Exercice d'entrée en vigueur attendu sous la forme AAAA.");
        }
        if (request.rules() == null || request.rules().isEmpty()) {
            throw new LedgerException(Rejection.FIELD_REQUIRED, "rules", "Règles de correspondance obligatoires.");
        }
        for (int i = 0; i < request.rules().size(); i++) {
            MappingRule rule = request.rules().get(i);
            if (rule == null || rule.statement() == null || rule.from() == null || rule.to() == null || rule.side() == null || rule.line() == null) {
                throw new LedgerException(Rejection.FIELD_REQUIRED, "rules[" + i + "]",
                        "Chaque règle donne statement, from, to, side et line.");
            }
        }
        Mapping current = mapping(request.validFromYear());
        Mapping proposed = new Mapping(0, request.validFromYear(), current.lines(), request.rules());
        MappingCheck.check(proposed, chartCodes());
        if (current.validFromYear() == request.validFromYear() && sorted(current.rules()).equals(sorted(request.rules()))) {
            return current;
        }
        int version = (int) SqlValues.longOf(em.createNativeQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM fs_mapping_version").getSingleResult());
        em.createNativeQuery("INSERT INTO fs_mapping_version (version, valid_from_year, recorded_by, recorded_at, reason) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, version).setParameter(2, request.validFromYear()).setParameter(3, session.getCallerPrincipal().getName())
                .setParameter(4, Timestamp.from(clock.instant())).setParameter(5, request.reason().strip()).executeUpdate();
        for (MappingRule rule : request.rules()) {
            em.createNativeQuery("INSERT INTO fs_mapping_rule (version, statement_kind, account_from, account_to, balance_side, line_code) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, version).setParameter(2, rule.statement().name()).setParameter(3, rule.from()).setParameter(4, rule.to())
                    .setParameter(5, rule.side().name()).setParameter(6, rule.line()).executeUpdate();
        }
        return mapping(request.validFromYear());
    }

    private static List<String> sorted(List<MappingRule> rules) {
        return rules.stream().map(MappingRule::describe).sorted().toList();
    }

    /** The chart's own accounts of classes 1 to 8 (auxiliaries follow their control account). */
    private List<String> chartCodes() {
        return em.createNativeQuery("SELECT code FROM account WHERE party_id IS NULL AND account_class BETWEEN 1 AND 8", String.class).getResultList();
    }

    /** The package of the statements as they stand, not numbered nor kept. */
    public PackageDocument draft(int year, PackageFormat format) throws LedgerException, ReportRenderingException {
        Mapping mapping = mapping(year);
        FinancialStatements statements = statements(year, mapping);
        byte[] content = render(mapping, statements, format, "projet non publié du " + clock.instant().toString().substring(0, 10));
        return new PackageDocument("etats-financiers-" + year + "-projet." + format.extension(), format, content, sha256(content));
    }

    /** Publishes the year's statements as a numbered issue; refused while a cross-check fails. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public PublishOutcome publish(int year) throws LedgerException, StatementsException, ReportRenderingException {
        requireYear(year);
        em.find(FiscalYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        Mapping mapping = mapping(year);
        FinancialStatements statements = statements(year, mapping);
        if (!statements.passed()) {
            List<String> failures = statements.failures();
            throw new StatementsException(StatementsRejection.CHECKS_FAILED, "year", "Les états financiers " + year + " ne peuvent être publiés : "
                    + failures.size() + " anomalie(s). Première : " + failures.get(0), failures);
        }
        String content = fingerprint(statements);
        List<StatementIssue> issues = issues(year);
        Optional<StatementIssue> latest = issues.isEmpty() ? Optional.empty() : Optional.of(issues.get(issues.size() - 1));
        if (latest.isPresent() && content.equals(contentOf(latest.get()))) {
            return new PublishOutcome(true, latest.get());
        }
        int number = latest.map(issue -> issue.number() + 1).orElse(1);
        Instant now = clock.instant();
        String edition = "édition n° " + number + " publiée le " + now.toString().substring(0, 10);
        byte[] xlsx = render(mapping, statements, PackageFormat.XLSX, edition);
        byte[] pdf = render(mapping, statements, PackageFormat.PDF, edition);
        em.createNativeQuery("INSERT INTO fs_issue (fiscal_year, issue_number, mapping_version, content_sha256, published_by, published_at, "
                        + "xlsx, xlsx_sha256, pdf, pdf_sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, year).setParameter(2, number).setParameter(3, mapping.version()).setParameter(4, content)
                .setParameter(5, session.getCallerPrincipal().getName()).setParameter(6, Timestamp.from(now))
                .setParameter(7, xlsx).setParameter(8, sha256(xlsx)).setParameter(9, pdf).setParameter(10, sha256(pdf)).executeUpdate();
        return new PublishOutcome(false, issues(year).get(number - 1));
    }

    public List<StatementIssue> issues(int year) throws LedgerException {
        requireYear(year);
        List<StatementIssue> issues = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT issue_number, mapping_version, published_by, published_at, xlsx_sha256, pdf_sha256 "
                + "FROM fs_issue WHERE fiscal_year = ?1 ORDER BY issue_number").setParameter(1, year).getResultList()) {
            Object[] c = (Object[]) row;
            issues.add(new StatementIssue(year, (int) SqlValues.longOf(c[0]), (int) SqlValues.longOf(c[1]), (String) c[2],
                    SqlValues.instantOf(c[3]), c[4].toString(), c[5].toString()));
        }
        return issues;
    }

    /** A published document, byte for byte as it was filed. */
    public PackageDocument issueDocument(int year, int number, PackageFormat format) throws LedgerException {
        String column = format.name().toLowerCase(Locale.ROOT);
        List<?> rows = em.createNativeQuery("SELECT " + column + ", " + column + "_sha256 FROM fs_issue WHERE fiscal_year = ?1 AND issue_number = ?2")
                .setParameter(1, year).setParameter(2, number).getResultList();
        if (rows.isEmpty()) {
            throw new LedgerException(Rejection.NOT_FOUND, "number", "Aucune édition n° " + number + " des états financiers " + year + ".");
        }
        Object[] c = (Object[]) rows.get(0);
        return new PackageDocument("etats-financiers-" + year + "-edition-" + number + "." + format.extension(), format, bytes(c[0]),
                c[1].toString());
    }

    /** A BLOB (Derby) or a bytea (PostgreSQL), read inside the transaction. */
    private static byte[] bytes(Object value) {
        if (value instanceof byte[] content) {
            return content;
        }
        try {
            java.sql.Blob blob = (java.sql.Blob) value;
            return blob.getBytes(1, (int) blob.length());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("a stored fiscal package cannot be read", e);
        }
    }

    private String contentOf(StatementIssue issue) {
        return em.createNativeQuery("SELECT content_sha256 FROM fs_issue WHERE fiscal_year = ?1 AND issue_number = ?2")
                .setParameter(1, issue.year()).setParameter(2, issue.number()).getSingleResult().toString();
    }

    private byte[] render(Mapping mapping, FinancialStatements statements, PackageFormat format, String edition) throws ReportRenderingException {
        if (format == PackageFormat.XLSX) {
            return FiscalPackageWorkbook.write(mapping, statements, identification(statements, edition));
        }
        return renderer.render(Report.FINANCIAL_STATEMENTS, Map.of("year", String.valueOf(statements.year()), "edition", edition),
                PackageRow.of(statements), ReportFormat.PDF);
    }

    private static List<String> identification(FinancialStatements statements, String edition) {
        int year = statements.year();
        return List.of("Entité", "Pool Micro Assurance Santé (PMAS), association — Sénégal",
                "Référentiel comptable", "SYCEBNL (OHADA, entités à but non lucratif)",
                "Exercice", year + " (du 01/01/" + year + " au 31/12/" + year + ")",
                "Exercice précédent", String.valueOf(year - 1),
                "État de l'exercice", statements.closed() ? "clôturé" : "ouvert (résultat non encore clôturé)",
                "Monnaie", "francs CFA (XOF), sans décimale",
                "Correspondance des comptes", "version " + statements.mappingVersion(),
                "Édition", edition,
                "Contrôles croisés", statements.passed() ? "tous satisfaits" : "en échec : " + statements.failures().size() + " anomalie(s)");
    }

    /** The figures published: every line, note and the mapping version, so the same figures are one issue. */
    private static String fingerprint(FinancialStatements statements) {
        StringBuilder canonical = new StringBuilder().append(statements.year()).append('|').append(statements.mappingVersion());
        for (StatementKind kind : StatementKind.values()) {
            statements.lines(kind).forEach(line -> canonical.append('|').append(kind).append(line.code()).append('=').append(line.amount())
                    .append('/').append(line.previous()));
        }
        statements.notes().forEach(note -> canonical.append('|').append(note.note()).append(note.code()).append('=').append(note.amount())
                .append('/').append(note.previous()));
        return sha256(canonical.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    private void requireYear(int year) throws LedgerException {
        if (!calendar.yearExists(year)) {
            throw new LedgerException(Rejection.NOT_FOUND, "year", "Exercice " + year + " non ouvert.");
        }
    }

    /** Kept for the page's year chooser: the opened years. */
    public List<Integer> years() {
        return calendar.years();
    }
}
