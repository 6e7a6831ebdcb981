package sn.pmas.management;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;
import sn.pmas.platform.Shares;

/**
 * The yearly and per-span reports of management control besides the quarterly package: the
 * statistical report of a principal, the split of revenue per principal and the package sent to each
 * delegating scheme after year end (docs/management-reports.md).
 */
@Stateless
public class AnnualReports {

    /** Shares are in hundredths of a percent: they sum to 100.00 exactly. */
    private static final long WHOLE = 10_000;

    private final Clock clock = Clock.systemUTC();

    @EJB
    private CurrentAccountSummaries accounts;
    @EJB
    private ClaimStatistics claims;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;

    /** A principal's claims statistics over a quarter ({@code quarter} set) or a year ({@code quarter} null). */
    public StatisticalReport statistics(String principalCode, Quarter quarter, int year) throws LedgerException {
        PartyView principal = parties.find(principalCode)
                .filter(party -> party.type() == PartyType.INSURER || party.type() == PartyType.DELEGATING_SCHEME)
                .orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "principal", "Aucun mandant (compagnie ou usager en "
                        + "délégation de gestion) de code " + principalCode + "."));
        LocalDate from = quarter == null ? LocalDate.of(year, 1, 1) : quarter.firstDay();
        LocalDate to = quarter == null ? LocalDate.of(year, 12, 31) : quarter.lastDay();
        String field = quarter == null ? "year" : "quarter";
        String span = quarter == null ? "L'exercice " + year : "Le trimestre " + quarter;
        boolean closed = ReportPeriods.requireEnded(calendar, from, to, LocalDate.now(clock), field, span);
        return new StatisticalReport(principal.code(), principal.name(), quarter == null ? String.valueOf(year) : quarter.toString(),
                from, to, closed, claims.of(principal.code(), from, to));
    }

    /** Commissions and fees of every principal over the year, each one's share of the total. */
    public RevenueSplit revenueSplit(int year) throws LedgerException {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        boolean closed = ReportPeriods.requireEnded(calendar, from, to, LocalDate.now(clock), "year", "L'exercice " + year);
        List<PartyView> principals = new ArrayList<>(parties.list(PartyType.INSURER));
        principals.addAll(parties.list(PartyType.DELEGATING_SCHEME));
        List<CurrentAccountSummary> summaries = new ArrayList<>();
        for (PartyView principal : principals) {
            summaries.add(accounts.of(principal.code(), principal.type(), from, to));
        }
        long total = summaries.stream().mapToLong(CurrentAccountSummary::revenue).sum();
        long[] hundredths = total == 0 ? new long[principals.size()]
                : Shares.largestRemainder(WHOLE, summaries.stream().map(CurrentAccountSummary::revenue).toList());
        List<RevenueShare> shares = new ArrayList<>();
        long commissions = 0;
        long fees = 0;
        for (int i = 0; i < principals.size(); i++) {
            PartyView principal = principals.get(i);
            CurrentAccountSummary summary = summaries.get(i);
            if (summary.revenue() == 0 && summary.commissions() == 0 && summary.fees() == 0) {
                continue; // a principal the pool earned nothing from this year
            }
            shares.add(new RevenueShare(principal.code(), principal.name(), principal.type().name(), -summary.commissions(), -summary.fees(),
                    summary.revenue(), total == 0 ? null : BigDecimal.valueOf(hundredths[i], 2)));
            commissions -= summary.commissions();
            fees -= summary.fees();
        }
        return new RevenueSplit(year, closed, shares, commissions, fees, total);
    }

    /** A delegating scheme's current account over the year and its claims statistics. */
    public SchemePackage schemePackage(String schemeCode, int year) throws LedgerException {
        PartyView scheme = parties.find(schemeCode).filter(party -> party.type() == PartyType.DELEGATING_SCHEME)
                .orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "scheme", "Aucun usager en délégation de gestion de code "
                        + schemeCode + "."));
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        boolean closed = ReportPeriods.requireEnded(calendar, from, to, LocalDate.now(clock), "year", "L'exercice " + year);
        return new SchemePackage(scheme.code(), scheme.name(), year, closed, accounts.of(scheme.code(), scheme.type(), from, to),
                claims.of(scheme.code(), from, to));
    }
}
