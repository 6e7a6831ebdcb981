package sn.pmas.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import sn.pmas.bankposition.PositionDay;
import sn.pmas.bankposition.PositionJournal;
import sn.pmas.bankposition.PositionJournals;
import sn.pmas.bankposition.ProjectedDay;
import sn.pmas.budget.BudgetComparison;
import sn.pmas.budget.BudgetException;
import sn.pmas.budget.Budgets;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.cheque.ChequeReleases;
import sn.pmas.cheque.HeldChequeRow;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.LedgerTotals;
import sn.pmas.ledger.Rejection;
import sn.pmas.management.LossRatio;
import sn.pmas.management.QuarterlyPackages;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;
import sn.pmas.platform.Roles;
import sn.pmas.platform.SqlValues;
import sn.pmas.premium.ArrearsAgeing;
import sn.pmas.premium.PremiumRegisters;
import sn.pmas.workingfund.AlertState;
import sn.pmas.workingfund.AlertView;
import sn.pmas.workingfund.Alerts;
import sn.pmas.workingfund.FundsPosition;
import sn.pmas.workingfund.WorkingFunds;
import sn.pmas.yearend.YearEndClosing;

/**
 * Composes the directors' dashboard (docs/dashboard.md) from the beans behind the pages it links
 * to, on the same parameters: what a director clicks shows the figure again, never another one.
 */
@Stateless
@RolesAllowed({Roles.ACCOUNTANT, Roles.ADMIN, Roles.DIRECTOR, Roles.AUDITOR})
public class Dashboards {

    /** The pool's management commissions on collected premiums (insurers) and fees on funds received (schemes). */
    static final List<String> INCOME_ACCOUNTS = List.of("70521", "70522");
    private static final int LATEST_ALERTS = 5;

    @PersistenceContext
    private EntityManager em;
    @EJB
    private BankAccounts bankAccounts;
    @EJB
    private PositionJournals positions;
    @EJB
    private ChequeReleases releases;
    @EJB
    private WorkingFunds workingFunds;
    @EJB
    private PremiumRegisters registers;
    @EJB
    private Budgets budgets;
    @EJB
    private Alerts alerts;
    @EJB
    private QuarterlyPackages quarterlyPackages;
    @EJB
    private PartyService parties;
    @EJB
    private YearEndClosing yearEnd;

    /**
     * @throws LedgerException {@code period.missing} on {@code asOf} when no fiscal year holds it
     */
    public Dashboard on(LocalDate asOf) throws LedgerException {
        BudgetComparison comparison;
        try {
            comparison = budgets.againstActual(asOf.getYear(), asOf.getMonthValue());
        } catch (BudgetException e) {
            throw new LedgerException(Rejection.PERIOD_MISSING, "asOf", "Aucun exercice ouvert pour le " + asOf
                    + " : le tableau de bord porte sur une date d'un exercice.");
        }
        List<Dashboard.Treasury> treasury = new ArrayList<>();
        List<Dashboard.HeldCheques> held = new ArrayList<>();
        for (BankAccountView bank : bankAccounts.list(asOf)) {
            treasury.add(treasury(bank, positions.projection(bank.code(), asOf), asOf));
            held.add(held(bank.code(), releases.heldTable(bank.code(), asOf), asOf));
        }
        List<Dashboard.Cover> cover = workingFunds.positions(asOf).stream().map(position -> cover(position, asOf)).toList();
        Dashboard.Arrears arrears = arrears(asOf);
        String month = YearMonth.from(asOf).toString();
        Dashboard.Budget budget = new Dashboard.Budget(comparison.year(), month, comparison.status(), comparison.charges().yearToDate(),
                comparison.products().yearToDate(), comparison.result().yearToDate(), "ui/budget.xhtml?month=" + month,
                "api/budget/against-actual?month=" + month);
        Dashboard.LossRatios lossRatios = lossRatios(asOf);
        return new Dashboard(asOf, treasury, cover, held, arrears, lossRatios, budget, income(asOf), openAlerts(asOf),
                DashboardCharts.treasury(treasury), DashboardCharts.cover(cover), DashboardCharts.arrears(arrears),
                DashboardCharts.lossRatios(lossRatios));
    }

    private static Dashboard.Treasury treasury(BankAccountView bank, PositionJournal journal, LocalDate asOf) {
        PositionDay day = journal.days().getLast();
        List<ProjectedDay> projection = journal.projection();
        long projected = projection.isEmpty() ? day.net() : projection.getLast().position();
        long lowest = projection.stream().mapToLong(ProjectedDay::position).min().orElse(projected);
        return new Dashboard.Treasury(bank.code(), bank.bankName(), day.bookBalance(), day.available(), day.net(), projected,
                projection.isEmpty() ? asOf : projection.getLast().day(), lowest, journal.daysBelowMargin(),
                "ui/bank-position.xhtml?bankAccount=" + bank.code() + "&from=" + asOf + "&to=" + asOf,
                "api/bank-position/" + bank.code() + "?from=" + asOf + "&to=" + asOf);
    }

    private static Dashboard.HeldCheques held(String bankCode, List<HeldChequeRow> rows, LocalDate asOf) {
        long amount = rows.stream().mapToLong(HeldChequeRow::amount).sum();
        long oldest = rows.stream().mapToLong(HeldChequeRow::ageDays).max().orElse(0);
        long average = rows.isEmpty() ? 0 : Math.round((double) rows.stream().mapToLong(HeldChequeRow::ageDays).sum() / rows.size());
        return new Dashboard.HeldCheques(bankCode, rows.size(), amount, oldest, average,
                "ui/release-planner.xhtml?bankAccount=" + bankCode + "&date=" + asOf,
                "api/bank-accounts/" + bankCode + "/held-cheques?asOf=" + asOf);
    }

    private static Dashboard.Cover cover(FundsPosition position, LocalDate asOf) {
        return new Dashboard.Cover(position.principalCode(), position.principalName(), position.available(), position.daysOfCover(),
                position.floorDays(), position.floorAmount(), position.belowFloor(), "ui/principals.xhtml?asOf=" + asOf,
                "api/principals?asOf=" + asOf);
    }

    /** The pool's arrears by ageing bucket. */
    private Dashboard.Arrears arrears(LocalDate asOf) throws LedgerException {
        ArrearsAgeing arrears = registers.ageing(asOf, null);
        List<Dashboard.Bucket> buckets = arrears.buckets().stream()
                .map(bucket -> new Dashboard.Bucket(bucket.label(), bucket.count(), bucket.unpaid())).toList();
        return new Dashboard.Arrears(buckets, arrears.count(), arrears.unpaid(),
                "ui/monthly-tables.xhtml?month=" + YearMonth.from(asOf), "api/premiums/arrears?asOf=" + asOf);
    }

    /**
     * Each insurer's cumul of the consolidation package of the latest quarter ended on {@code asOf}
     * (the package's own read); null when no such quarter is in an opened fiscal year.
     */
    private Dashboard.LossRatios lossRatios(LocalDate asOf) {
        return quarterlyPackages.latestEnded(asOf).map(quarter -> {
            List<Dashboard.InsurerLossRatio> insurers = new ArrayList<>();
            for (PartyView insurer : parties.list(PartyType.INSURER)) {
                LossRatio ratio = quarterlyPackages.cumulative(insurer.code(), quarter);
                insurers.add(new Dashboard.InsurerLossRatio(insurer.code(), insurer.name(), ratio.earnedPremiums(), ratio.claims(),
                        ratio.percent(), "ui/quarterly-reports.xhtml?insurer=" + insurer.code() + "&quarter=" + quarter,
                        "api/management/quarterly/" + insurer.code() + "?quarter=" + quarter));
            }
            return new Dashboard.LossRatios(quarter.toString(), quarter.firstDay().withDayOfYear(1), quarter.lastDay(), insurers);
        }).orElse(null);
    }

    private Dashboard.Income income(LocalDate asOf) {
        List<Dashboard.Earned> earned = new ArrayList<>();
        LedgerTotals totals = new LedgerTotals(em);
        LocalDate from = asOf.withDayOfYear(1);
        // on a closed year's last day, its closing entries have moved the income to the result: the year earned what came before them
        Map<Long, LedgerTotals.Totals> closing = asOf.equals(from.plusYears(1).minusDays(1)) ? yearEnd.closingLines(asOf.getYear()) : Map.of();
        for (String code : INCOME_ACCOUNTS) {
            Object[] account = (Object[]) em.createNativeQuery("SELECT id, name FROM account WHERE code = ?1").setParameter(1, code)
                    .getSingleResult();
            long id = SqlValues.longOf(account[0]);
            Map<Long, LedgerTotals.Totals> moved = totals.movements(List.of(id), from, asOf);
            long income = moved.getOrDefault(id, LedgerTotals.Totals.ZERO).creditBalance() - closing.getOrDefault(id, LedgerTotals.Totals.ZERO).creditBalance();
            earned.add(new Dashboard.Earned(code, (String) account[1], income,
                    "api/accounts/" + code + "/statement?from=" + from + "&to=" + asOf,
                    "api/accounts/" + code + "/statement?from=" + from + "&to=" + asOf));
        }
        return new Dashboard.Income(earned, earned.stream().mapToLong(Dashboard.Earned::earned).sum());
    }

    private Dashboard.Alerts openAlerts(LocalDate asOf) {
        List<AlertView> open = alerts.list(AlertState.OPEN).stream().filter(alert -> !alert.raisedOn().isAfter(asOf))
                .sorted(Comparator.comparing(AlertView::raisedOn).reversed().thenComparing(AlertView::id, Comparator.reverseOrder())).toList();
        List<Dashboard.OpenAlert> latest = open.stream().limit(LATEST_ALERTS)
                .map(alert -> new Dashboard.OpenAlert(alert.principalCode(), alert.type().name(), alert.raisedOn(), alert.amount(),
                        alert.message())).toList();
        return new Dashboard.Alerts(open.size(), open.stream().mapToLong(AlertView::amount).sum(), latest, "ui/alerts.xhtml?state=OPEN",
                "api/alerts?state=OPEN");
    }
}
