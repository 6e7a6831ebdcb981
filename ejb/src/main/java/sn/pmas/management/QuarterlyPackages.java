package sn.pmas.management;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import sn.pmas.currentaccount.BalanceConfirmations;
import sn.pmas.currentaccount.ConfirmationView;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;
import sn.pmas.premium.PremiumRegisters;
import sn.pmas.premium.RegisterAmounts;
import sn.pmas.premium.RegisterCriteria;
import sn.pmas.premium.RegisterDimension;

/**
 * Builds an insurer's quarterly consolidation package from the sub-ledgers' own reads: the current
 * account ({@link CurrentAccountSummaries}), the premium register, the claims register
 * ({@link ClaimStatistics}), the earned premiums ({@link EarnedPremiums}) and the balance confirmations.
 */
@Stateless
public class QuarterlyPackages {

    private final Clock clock = Clock.systemUTC();

    @EJB
    private CurrentAccountSummaries accounts;
    @EJB
    private ClaimStatistics claims;
    @EJB
    private EarnedPremiums earned;
    @EJB
    private PremiumRegisters registers;
    @EJB
    private BalanceConfirmations confirmations;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;

    /**
     * @throws LedgerException {@code party.unknown} on {@code insurer}; {@code period.missing} or
     *                         {@code report.period-not-ended} on {@code quarter}
     */
    public QuarterlyPackage of(String insurerCode, Quarter quarter) throws LedgerException {
        PartyView insurer = parties.find(insurerCode).filter(party -> party.type() == PartyType.INSURER)
                .orElseThrow(() -> new LedgerException(Rejection.PARTY_UNKNOWN, "insurer", "Aucune compagnie membre de code " + insurerCode + "."));
        LocalDate from = quarter.firstDay();
        LocalDate to = quarter.lastDay();
        boolean closed = ReportPeriods.requireEnded(calendar, from, to, LocalDate.now(clock), "quarter", "Le trimestre " + quarter);
        RegisterAmounts premiums = registers.register(RegisterCriteria.of(YearMonth.from(from), YearMonth.from(to), insurer.code(), null, null,
                EnumSet.noneOf(RegisterDimension.class))).totals();
        ClaimFigures quarterClaims = claims.of(insurer.code(), from, to);
        List<LossRatio> yearToDate = new ArrayList<>();
        for (Quarter q = new Quarter(quarter.year(), 1); q.number() < quarter.number(); q = q.next()) {
            yearToDate.add(LossRatio.of(q.toString(), earned.of(insurer.code(), q.firstDay(), q.lastDay()),
                    claims.total(insurer.code(), q.firstDay(), q.lastDay())));
        }
        LossRatio lossRatio = LossRatio.of(quarter.toString(), earned.of(insurer.code(), from, to), quarterClaims.total().amount());
        yearToDate.add(lossRatio);
        CurrentAccountSummary account = accounts.of(insurer.code(), PartyType.INSURER, from, to);
        return new QuarterlyPackage(insurer.code(), insurer.name(), quarter.toString(), from, to, closed, account,
                new PremiumFigures(premiums.issuedCount(), premiums.issued(), premiums.cancelled(), premiums.collected() - premiums.refunded(),
                        premiums.refunded(), premiums.collectedCommission() - premiums.refundedCommission(), premiums.unpaid()),
                quarterClaims, lossRatio, yearToDate, confirmation(insurer.code(), quarter, account.closing()));
    }

    private ConfirmationState confirmation(String insurer, Quarter quarter, long closing) throws LedgerException {
        List<ConfirmationView> issued = confirmations.list(insurer, quarter.toString());
        if (issued.isEmpty()) {
            return new ConfirmationState("NOT_ISSUED", "Non émise", null, null, null, null);
        }
        ConfirmationView c = issued.get(0);
        String sent = "Émise le " + DocumentTables.DAY.format(c.issuedAt().atZone(clock.getZone()).toLocalDate());
        if (c.answer() == null) {
            return new ConfirmationState("AWAITING", sent + ", en attente de réponse", c.id(), c.balance(), closing - c.balance(), null);
        }
        String answered = DocumentTables.DAY.format(c.answeredAt().atZone(clock.getZone()).toLocalDate());
        return switch (c.answer()) {
            case AGREED -> new ConfirmationState("AGREED", sent + ", solde confirmé le " + answered, c.id(), c.balance(),
                    closing - c.balance(), null);
            case DISPUTED -> new ConfirmationState("DISPUTED", sent + ", solde contesté le " + answered, c.id(), c.balance(),
                    closing - c.balance(), c.answerComment());
        };
    }
}
