package sn.pmas.budget;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.platform.DatabaseMigrator;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;

/**
 * The annual budget (docs/budget.md): prepared from the year before's actuals by a rule, edited a
 * cell at a time or as a workbook while a draft, approved; read as budget against actual. The
 * accountant writes; directors and auditors read.
 */
@Stateless
@PermitAll
public class Budgets {

    private static final BigDecimal LOWEST_GROWTH = BigDecimal.valueOf(-100);
    private static final BigDecimal HIGHEST_GROWTH = BigDecimal.valueOf(1000);

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext session;
    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;
    @EJB
    private FiscalCalendarService calendar;
    private final Clock clock = Clock.systemUTC();

    /**
     * Prepares (again) the draft budget of {@code year} from the actuals of the year before: each
     * account of classes 6 and 7 that moved, its year grown by {@code growthPercent} and spread.
     * Preparing twice with the same rule writes the same budget.
     *
     * @throws BudgetException {@code budget.year-unknown}, {@code budget.no-previous-year} on {@code year};
     *                         {@code field.invalid} on {@code growthPercent} outside −100..1000; {@code budget.approved}
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BudgetView prepare(int year, BigDecimal growthPercent, Spread spread) throws BudgetException {
        if (growthPercent == null || growthPercent.compareTo(LOWEST_GROWTH) < 0 || growthPercent.compareTo(HIGHEST_GROWTH) > 0
                || growthPercent.scale() > 2) {
            throw BudgetException.invalid("growthPercent", "Taux de croissance attendu en pour cent, de −100 à 1000, deux décimales au plus "
                    + "(reçu : " + growthPercent + ").");
        }
        if (spread == null) {
            throw new BudgetException(BudgetRejection.FIELD_REQUIRED, "spread", "Répartition attendue : EVEN (également) ou PROFILE "
                    + "(selon le profil mensuel de l'année précédente).");
        }
        Budget budget = draft(year);
        if (!calendar.yearExists(year - 1)) {
            throw new BudgetException(BudgetRejection.NO_PREVIOUS_YEAR, "year", "L'exercice " + (year - 1)
                    + " n'existe pas : le budget " + year + " se prépare à partir de ses réalisations.");
        }
        BudgetReads reads = new BudgetReads(em);
        Map<Long, long[]> lines = new HashMap<>();
        reads.actuals(year - 1, reads.accounts()).forEach((account, months) -> {
            long[] planned = BudgetSpreading.prepare(months, growthPercent, spread);
            if (LongStream.of(planned).anyMatch(amount -> amount != 0)) {
                lines.put(account, planned);
            }
        });
        budget.preparedFrom(year - 1, growthPercent, spread, caller(), clock.instant());
        replaceLines(year, lines);
        return view(year).orElseThrow();
    }

    /** Sets one month of one account of a draft budget (0 keeps the account on the budget). */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BudgetView setAmount(int year, String accountCode, int month, long amount) throws BudgetException {
        if (month < 1 || month > BudgetSpreading.MONTHS) {
            throw BudgetException.invalid("month", "Mois attendu de 1 à 12 (reçu : " + month + ").");
        }
        Budget budget = existingDraft(year);
        BudgetAccount account = budgetable(accountCode);
        int updated = em.createNativeQuery("UPDATE budget_line SET amount = ?1 WHERE fiscal_year = ?2 AND account_id = ?3 AND budget_month = ?4")
                .setParameter(1, amount).setParameter(2, year).setParameter(3, account.id()).setParameter(4, month).executeUpdate();
        if (updated == 0) {
            long[] months = new long[BudgetSpreading.MONTHS];
            months[month - 1] = amount;
            insertLines(year, Map.of(account.id(), months));
        }
        budget.filledBy(caller(), clock.instant());
        return view(year).orElseThrow();
    }

    /**
     * Replaces a draft budget by a workbook's rows (created if the year has none).
     *
     * @throws BudgetException {@code budget.file-refused} with every cell refused, nothing written
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BudgetView importWorkbook(int year, byte[] content) throws BudgetException {
        Map<Long, long[]> lines = BudgetWorkbook.read(content, new BudgetReads(em).accounts());
        Budget budget = draft(year);
        budget.filledBy(caller(), clock.instant());
        replaceLines(year, lines);
        return view(year).orElseThrow();
    }

    /** Approves a draft: it becomes the year's reference and no longer changes. Approving an approved budget changes nothing. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN})
    public BudgetView approve(int year) throws BudgetException {
        Budget budget = locked(year).orElseThrow(() -> notFound(year));
        if (budget.status() == BudgetStatus.DRAFT) {
            budget.approve(caller(), clock.instant());
        }
        return view(year).orElseThrow();
    }

    /** The year's budget, if it has one. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN, Roles.DIRECTOR, Roles.AUDITOR})
    public Optional<BudgetView> view(int year) {
        Budget budget = em.find(Budget.class, year);
        if (budget == null) {
            return Optional.empty();
        }
        Map<String, BudgetAccount> accounts = new BudgetReads(em).accounts();
        Map<Long, long[]> lines = lines(year);
        List<BudgetLineView> views = new ArrayList<>();
        long charges = 0;
        long products = 0;
        for (BudgetAccount account : accounts.values()) {
            long[] months = lines.get(account.id());
            if (months != null) {
                long total = LongStream.of(months).sum();
                views.add(new BudgetLineView(account.code(), account.name(), account.accountClass(),
                        LongStream.of(months).boxed().toList(), total));
                if (account.accountClass() == 6) {
                    charges += total;
                } else {
                    products += total;
                }
            }
        }
        return Optional.of(new BudgetView(year, budget.status().name(), budget.status().label(), budget.basedOnYear(), budget.growthPercent(),
                budget.spread() == null ? null : budget.spread().name(), rule(budget), budget.preparedBy(), budget.preparedAt(),
                budget.approvedBy(), budget.approvedAt(), views, charges, products));
    }

    /** The latest fiscal year with a budget, draft or approved. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN, Roles.DIRECTOR, Roles.AUDITOR})
    public Optional<Integer> latestYear() {
        return Optional.ofNullable(em.createQuery("select max(b.year) from Budget b", Integer.class).getSingleResult());
    }

    /** The accounts a budget may hold (postable, classes 6 and 7), by code: what a cell or a workbook row may name. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN, Roles.DIRECTOR, Roles.AUDITOR})
    public List<BudgetAccount> accounts() {
        return List.copyOf(new BudgetReads(em).accounts().values());
    }

    /** The year's budget as a workbook to fill. */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN, Roles.DIRECTOR, Roles.AUDITOR})
    public byte[] workbook(int year) throws BudgetException {
        return BudgetWorkbook.write(view(year).orElseThrow(() -> notFound(year)));
    }

    /**
     * Budget against actual for {@code month} (1–12) of {@code year} and the year to date. A year
     * without budget compares with zero (status null).
     */
    @RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN, Roles.DIRECTOR, Roles.AUDITOR})
    public BudgetComparison againstActual(int year, int month) throws BudgetException {
        if (!calendar.yearExists(year)) {
            throw yearUnknown(year);
        }
        if (month < 1 || month > BudgetSpreading.MONTHS) {
            throw BudgetException.invalid("month", "Mois attendu de 1 à 12 (reçu : " + month + ").");
        }
        BudgetReads reads = new BudgetReads(em);
        Map<String, BudgetAccount> accounts = reads.accounts();
        Budget budget = em.find(Budget.class, year);
        return BudgetAgainstActual.compare(year, month, budget == null ? null : budget.status().name(), accounts.values(),
                budget == null ? Map.of() : lines(year), reads.actuals(year, accounts));
    }

    /** The year's budget, locked, created as an empty draft if it has none; refused once approved. */
    private Budget draft(int year) throws BudgetException {
        if (!calendar.yearExists(year)) {
            throw yearUnknown(year);
        }
        Optional<Budget> existing = locked(year);
        if (existing.isEmpty()) {
            Budget created = new Budget(year, caller(), clock.instant());
            em.persist(created);
            em.flush();
            return created;
        }
        return refuseApproved(existing.get());
    }

    private Budget existingDraft(int year) throws BudgetException {
        return refuseApproved(locked(year).orElseThrow(() -> notFound(year)));
    }

    private static Budget refuseApproved(Budget budget) throws BudgetException {
        if (budget.status() == BudgetStatus.APPROVED) {
            throw new BudgetException(BudgetRejection.APPROVED, "year", "Le budget " + budget.year() + " est approuvé (par "
                    + budget.approvedBy() + ") : il ne se modifie plus.");
        }
        return budget;
    }

    private Optional<Budget> locked(int year) {
        return Optional.ofNullable(em.find(Budget.class, year, LockModeType.PESSIMISTIC_WRITE));
    }

    private BudgetAccount budgetable(String accountCode) throws BudgetException {
        if (accountCode == null || accountCode.isBlank()) {
            throw new BudgetException(BudgetRejection.FIELD_REQUIRED, "accountCode", "Numéro de compte manquant.");
        }
        BudgetAccount account = new BudgetReads(em).accounts().get(accountCode.strip());
        if (account == null) {
            throw new BudgetException(BudgetRejection.ACCOUNT_NOT_BUDGETED, "accountCode", "Compte " + accountCode
                    + " inconnu ou hors budget : le budget porte sur les comptes mouvementables des classes 6 et 7.");
        }
        return account;
    }

    private Map<Long, long[]> lines(int year) {
        Map<Long, long[]> lines = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT account_id, budget_month, amount FROM budget_line WHERE fiscal_year = ?1")
                .setParameter(1, year).getResultList()) {
            Object[] cells = (Object[]) row;
            lines.computeIfAbsent(SqlValues.longOf(cells[0]), id -> new long[BudgetSpreading.MONTHS])[((Number) cells[1]).intValue() - 1]
                    = SqlValues.longOf(cells[2]);
        }
        return lines;
    }

    private void replaceLines(int year, Map<Long, long[]> lines) {
        em.createNativeQuery("DELETE FROM budget_line WHERE fiscal_year = ?1").setParameter(1, year).executeUpdate();
        insertLines(year, lines);
    }

    private void insertLines(int year, Map<Long, long[]> lines) {
        em.flush();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO budget_line (fiscal_year, account_id, budget_month, amount) "
                     + "VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Long, long[]> line : lines.entrySet()) {
                for (int m = 0; m < BudgetSpreading.MONTHS; m++) {
                    insert.setInt(1, year);
                    insert.setLong(2, line.getKey());
                    insert.setInt(3, m + 1);
                    insert.setLong(4, line.getValue()[m]);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("budget lines of " + year + " not written", e);
        }
    }

    private static String rule(Budget budget) {
        if (budget.spread() == null) {
            return "Saisi (classeur ou cellule par cellule)";
        }
        String growth = budget.growthPercent().abs().stripTrailingZeros().toPlainString().replace('.', ',');
        return "Réalisé " + budget.basedOnYear() + (budget.growthPercent().signum() < 0 ? " - " : " + ") + growth + " %, "
                + budget.spread().label().toLowerCase(Locale.FRENCH);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static BudgetException notFound(int year) {
        return new BudgetException(BudgetRejection.NOT_FOUND, "year", "Aucun budget pour l'exercice " + year + " : le préparer d'abord.");
    }

    private static BudgetException yearUnknown(int year) {
        return new BudgetException(BudgetRejection.YEAR_UNKNOWN, "year", "L'exercice " + year + " n'est pas ouvert au grand livre.");
    }
}
