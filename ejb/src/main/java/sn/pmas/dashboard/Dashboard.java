package sn.pmas.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import sn.pmas.budget.Variance;
import sn.pmas.management.MonthlyChart;

/**
 * The directors' dashboard on {@code asOf} (docs/dashboard.md). Each figure carries {@code link},
 * the page it comes from (relative to the application), and {@code api}, the request whose answer
 * holds the same figure.
 */
public record Dashboard(LocalDate asOf, List<Treasury> treasury, List<Cover> cover, List<HeldCheques> heldCheques,
                        Arrears arrears, LossRatios lossRatios, Budget budget, Income income, Alerts alerts,
                        MonthlyChart treasuryChart, MonthlyChart coverChart, MonthlyChart arrearsChart, MonthlyChart lossRatioChart) {

    /**
     * A bank account at the end of {@code asOf} and 30 days later.
     *
     * @param projected the projected position on {@code projectedOn}, the projection's last day
     * @param lowest    the lowest projected position over the 30 days
     */
    public record Treasury(String bankAccount, String bankName, long bookBalance, long available, long net, long projected,
                           LocalDate projectedOn, long lowest, long daysBelowMargin, String link, String api) {
    }

    /** A principal's working fund: days of cover against its floor. */
    public record Cover(String principalCode, String principalName, long available, Integer daysOfCover, Integer floorDays,
                        Long floorAmount, boolean belowFloor, String link, String api) {
    }

    /** The cheques held on a bank account: how many, how much, the oldest's age and the average age in days. */
    public record HeldCheques(String bankAccount, long count, long amount, long oldestDays, long averageDays, String link, String api) {
    }

    /** Unpaid premiums by age, every insurer. */
    public record Arrears(List<Bucket> buckets, long count, long unpaid, String link, String api) {
    }

    public record Bucket(String label, long count, long unpaid) {
    }

    /**
     * The loss ratio of each insurer from 1 January to the end of {@code quarter}, the latest quarter
     * ended on {@code asOf} (the consolidation package's cumul).
     */
    public record LossRatios(String quarter, LocalDate from, LocalDate to, List<InsurerLossRatio> insurers) {
    }

    /** @param percent claims ÷ earned premiums × 100, two decimals; null when nothing was earned */
    public record InsurerLossRatio(String insurerCode, String insurerName, long earnedPremiums, long claims, BigDecimal percent,
                                   String link, String api) {
    }

    /**
     * Budget against actual of the year to the end of {@code month} (the month of {@code asOf}).
     *
     * @param status the budget's, null when the year has none
     */
    public record Budget(int year, String month, String status, Variance charges, Variance products, Variance result, String link,
                         String api) {
    }

    /** The pool's management commissions and fees earned from 1 January to {@code asOf}, per income account. */
    public record Income(List<Earned> accounts, long total) {
    }

    public record Earned(String accountCode, String accountName, long earned, String link, String api) {
    }

    /** Alerts raised on or before {@code asOf} and still open. */
    public record Alerts(long count, long amount, List<OpenAlert> latest, String link, String api) {
    }

    public record OpenAlert(String principalCode, String type, LocalDate raisedOn, long amount, String message) {
    }
}
