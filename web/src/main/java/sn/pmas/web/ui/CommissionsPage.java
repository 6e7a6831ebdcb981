package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sn.pmas.cheque.BankAccountView;
import sn.pmas.cheque.BankAccounts;
import sn.pmas.commission.CommissionAgreementView;
import sn.pmas.commission.CommissionAgreements;
import sn.pmas.commission.CommissionKind;
import sn.pmas.commission.CommissionRuns;
import sn.pmas.commission.CommissionTerms;
import sn.pmas.commission.RunView;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.LedgerException;
import sn.pmas.web.api.RetryLostRace;

/**
 * Backs ui/commissions.xhtml ({@code ?kind=FRONT_OFFICE&quarter=2025-Q1}): the agreements of the
 * kind with their history, the quarter's run (preview, or the confirmed run with its documents),
 * every confirmed run of the kind and a chart of the commissions per party and quarter. Opens on
 * the next quarter to run ({@link #quarterToRun}).
 */
@Named
@RequestScoped
@RetryLostRace
public class CommissionsPage {

    /** One bar of the chart: a party's commission of a quarter, its width relative to the largest. */
    public record Bar(String quarter, String party, long commission, int percentOfLargest) {
    }

    @EJB
    private CommissionAgreements agreements;
    @EJB
    private CommissionRuns runs;
    @EJB
    private BankAccounts bankAccounts;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private CommissionKind kind;
    private String quarter;
    private RunView run;
    private String runRefusal;
    private List<CommissionAgreementView> agreementVersions = List.of();
    private List<RunView> confirmedRuns = List.of();

    private String party;
    private LocalDate validFrom;
    private BigDecimal rate;
    private String comment;
    private String bankAccount;

    @PostConstruct
    void load() {
        kind = "BUSINESS_INTRODUCTION".equals(parameters.get("kind")) ? CommissionKind.BUSINESS_INTRODUCTION : CommissionKind.FRONT_OFFICE;
        agreementVersions = agreements.list(kind);
        try {
            confirmedRuns = runs.list(kind);
        } catch (LedgerException e) {
            runRefusal = e.getMessage();
        }
        quarter = Quarter.parse(parameters.get("quarter")).map(Quarter::toString).orElseGet(this::quarterToRun);
        try {
            run = runs.preview(kind, quarter, null);
        } catch (LedgerException e) {
            runRefusal = e.getMessage();
        }
        bankAccount = bankAccounts.list(LocalDate.now()).stream().filter(b -> !b.principalsMoney()).map(BankAccountView::code)
                .findFirst().orElse(null);
    }

    /**
     * Where the accountant's work is: the quarter after the latest confirmed one once it has ended (its
     * preview, to confirm), else the latest confirmed; the last ended quarter when none is confirmed yet.
     */
    private String quarterToRun() {
        Quarter lastEnded = Quarter.of(LocalDate.now()).previous();
        if (confirmedRuns.isEmpty()) {
            return lastEnded.toString();
        }
        Quarter latest = Quarter.parse(confirmedRuns.get(0).quarter()).orElseThrow();
        return (latest.next().lastDay().isAfter(lastEnded.lastDay()) ? latest : latest.next()).toString();
    }

    public String record() {
        try {
            CommissionAgreementView recorded = agreements.record(party, new CommissionTerms(validFrom, rate,
                    comment == null || comment.isBlank() ? null : comment.strip()));
            return ActionMessages.done(faces, "Convention de " + recorded.partyName() + " enregistrée : "
                    + PercentConverter.format(recorded.rate()) + "\u00A0% à compter du " + MomentConverter.format(recorded.validFrom()) + ".",
                    page(quarter));
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String confirm() {
        try {
            RunView confirmed = runs.confirm(kind, quarter, null, bankAccount);
            return ActionMessages.done(faces, confirmed.kindLabel() + " du trimestre " + confirmed.quarter() + " arrêtées : "
                    + XofConverter.format(confirmed.net()) + " F à payer, chèques bloqués en attente de déblocage.", page(quarter));
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    /** The commissions of every confirmed run, per quarter and party, for the chart. */
    public List<Bar> getBars() {
        long largest = confirmedRuns.stream().flatMap(r -> r.lines().stream()).mapToLong(RunView.LineView::commission).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (RunView confirmed : confirmedRuns.reversed()) {
            for (RunView.LineView line : confirmed.lines()) {
                bars.add(new Bar(confirmed.quarter(), line.partyName(), line.commission(),
                        largest <= 0 ? 0 : (int) Math.max(0, Math.round(100.0 * line.commission() / largest))));
            }
        }
        return bars;
    }

    private String page(String shown) {
        return "/ui/commissions.xhtml?kind=" + kind.name() + "&quarter=" + shown;
    }

    public String rateLabel(BigDecimal value) {
        return PercentConverter.format(value) + "\u00A0%";
    }

    public List<CommissionKind> getKinds() {
        return List.of(CommissionKind.values());
    }

    public List<String> getBankAccounts() {
        return bankAccounts.list(LocalDate.now()).stream().filter(b -> !b.principalsMoney()).map(BankAccountView::code).toList();
    }

    public CommissionKind getKind() {
        return kind;
    }

    public String getQuarter() {
        return quarter;
    }

    public String getPreviousQuarter() {
        return Quarter.parse(quarter).orElseThrow().previous().toString();
    }

    public String getNextQuarter() {
        return Quarter.parse(quarter).orElseThrow().next().toString();
    }

    /** The preview, or the confirmed run of the quarter; null when refused (quarter not ended). */
    public RunView getRun() {
        return run;
    }

    public String getRunRefusal() {
        return runRefusal;
    }

    public List<CommissionAgreementView> getAgreements() {
        return agreementVersions;
    }

    public List<RunView> getRuns() {
        return confirmedRuns;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    /** A fraction (0.07); the page shows and reads it in percent through {@link PercentConverter}. */
    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }
}
