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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sn.pmas.cheque.ChequeStatus;
import sn.pmas.incentive.IncentiveComputation;
import sn.pmas.incentive.IncentiveException;
import sn.pmas.incentive.IncentiveParameters;
import sn.pmas.incentive.IncentiveRow;
import sn.pmas.incentive.IncentiveRuns;
import sn.pmas.incentive.IncentiveTable;
import sn.pmas.incentive.IncentiveTerms;
import sn.pmas.incentive.ShareRule;
import sn.pmas.ledger.LedgerException;
import sn.pmas.party.ConventionType;
import sn.pmas.platform.Francs;
import sn.pmas.web.api.RetryLostRace;

/**
 * Backs ui/incentive.xhtml: a year's distribution table ({@code ?year=2025}, a GET; the latest ended
 * year with public providers' invoices when absent), its two rankings with the cut line and a chart
 * of the scores, the confirmation that books it and holds the Ministry's cheque, the documents of a
 * confirmed year, and the dated parameters with their history.
 */
@Named
@RequestScoped
@RetryLostRace
public class IncentivePage {

    /** One ranking as the page shows it. */
    public record Category(String title, String id, List<IncentiveRow> rows, long amount) {
    }

    static final String POOL_BANK = "BQ-POOL";

    @EJB
    private IncentiveRuns runs;
    @EJB
    private IncentiveParameters parameters;
    @Inject
    @RequestParameterMap
    private Map<String, String> query;
    @Inject
    private FacesContext faces;

    private Integer year;
    private IncentiveTable table;
    private IncentiveRuns.RunView run;
    private String refusal;
    private List<IncentiveParameters.Version> history;
    private String bankAccount = POOL_BANK;
    private LocalDate date = LocalDate.now();
    private LocalDate validFrom;
    private BigDecimal surplusRate;
    private BigDecimal hospitalPart;
    private Integer deadlineDays;
    private BigDecimal deadlineWeight;
    private BigDecimal rejectionWeight;
    private BigDecimal directWeight;
    private ShareRule shareRule;

    @PostConstruct
    void load() {
        history = parameters.history();
        history.stream().findFirst().map(IncentiveParameters.Version::terms).ifPresent(this::prefill);
        String asked = query.getOrDefault("year", "").strip();
        year = asked.matches("\\d{4}") ? Integer.valueOf(asked) : runs.latestEndedYearWithData().orElse(null);
        if (year == null) {
            refusal = asked.isEmpty() ? "Aucun exercice terminé n'a de factures de prestataires publics." : "Exercice invalide : " + asked;
            return;
        }
        try {
            table = runs.preview(year);
            run = runs.runs().stream().filter(r -> r.year() == year).findFirst().orElse(null);
        } catch (IncentiveException e) {
            refusal = e.getMessage();
        }
    }

    public String confirm() {
        try {
            IncentiveRuns.Confirmation done = runs.confirm(year, bankAccount, date, null);
            return ActionMessages.done(faces, "Intéressement " + year + " comptabilisé : " + Francs.amount(done.run().bookedAmount())
                    + ", chèque " + done.run().cheque() + " bloqué au nom du Ministère de la Santé.", "/ui/incentive.xhtml?year=" + year);
        } catch (IncentiveException | LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String record() {
        try {
            parameters.record(new IncentiveTerms(validFrom, surplusRate, hospitalPart, deadlineDays, deadlineWeight, rejectionWeight,
                    directWeight, shareRule, null));
            return ActionMessages.done(faces, "Nouvelle version des paramètres enregistrée, en vigueur au " + validFrom + ".",
                    "/ui/incentive.xhtml" + (year == null ? "" : "?year=" + year));
        } catch (IncentiveException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    private void prefill(IncentiveTerms terms) {
        surplusRate = terms.surplusRate();
        hospitalPart = terms.hospitalPart();
        deadlineDays = terms.deadlineDays();
        deadlineWeight = terms.deadlineWeight();
        rejectionWeight = terms.rejectionWeight();
        directWeight = terms.directWeight();
        shareRule = terms.shareRule();
    }

    /** Both rankings, hospitals first. */
    public List<Category> getCategories() {
        if (table == null) {
            return List.of();
        }
        return IncentiveComputation.CATEGORIES.stream().map(category -> new Category(
                category == ConventionType.HOSPITAL ? "Hôpitaux" : "Autres établissements publics",
                category == ConventionType.HOSPITAL ? "hospitals" : "others", table.of(category),
                category == ConventionType.HOSPITAL ? table.hospitalAmount() : table.otherAmount())).toList();
    }

    /** Whether the cut line goes just before this row: the first one outside the better half. */
    public boolean cutBefore(Category category, IncentiveRow row) {
        Optional<IncentiveRow> first = category.rows().stream().filter(r -> !r.admitted()).findFirst();
        return first.isPresent() && first.get() == row;
    }

    /** The score as a share of the full score, for the chart's bar. */
    public String barWidth(IncentiveRow row) {
        return BigDecimal.valueOf(row.scorePoints()).movePointLeft(2).toPlainString() + "%";
    }

    public String percent(BigDecimal fraction) {
        return PercentConverter.format(fraction.setScale(4, java.math.RoundingMode.HALF_EVEN)) + "\u00A0%";
    }

    /** The run's cheque's state in French: « Bloqué » until the treasury releases it. */
    public String getChequeStatus() {
        return run == null || run.chequeStatus() == null ? "" : ChequeStatus.valueOf(run.chequeStatus()).label();
    }

    public List<ShareRule> getShareRules() {
        return List.of(ShareRule.values());
    }

    public Integer getYear() {
        return year;
    }

    public IncentiveTable getTable() {
        return table;
    }

    public IncentiveRuns.RunView getRun() {
        return run;
    }

    public String getRefusal() {
        return refusal;
    }

    public List<IncentiveParameters.Version> getHistory() {
        return history;
    }

    public String getBankAccount() {
        return bankAccount;
    }

    public void setBankAccount(String bankAccount) {
        this.bankAccount = bankAccount;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public BigDecimal getSurplusRate() {
        return surplusRate;
    }

    public void setSurplusRate(BigDecimal surplusRate) {
        this.surplusRate = surplusRate;
    }

    public BigDecimal getHospitalPart() {
        return hospitalPart;
    }

    public void setHospitalPart(BigDecimal hospitalPart) {
        this.hospitalPart = hospitalPart;
    }

    public Integer getDeadlineDays() {
        return deadlineDays;
    }

    public void setDeadlineDays(Integer deadlineDays) {
        this.deadlineDays = deadlineDays;
    }

    public BigDecimal getDeadlineWeight() {
        return deadlineWeight;
    }

    public void setDeadlineWeight(BigDecimal deadlineWeight) {
        this.deadlineWeight = deadlineWeight;
    }

    public BigDecimal getRejectionWeight() {
        return rejectionWeight;
    }

    public void setRejectionWeight(BigDecimal rejectionWeight) {
        this.rejectionWeight = rejectionWeight;
    }

    public BigDecimal getDirectWeight() {
        return directWeight;
    }

    public void setDirectWeight(BigDecimal directWeight) {
        this.directWeight = directWeight;
    }

    public ShareRule getShareRule() {
        return shareRule;
    }

    public void setShareRule(ShareRule shareRule) {
        this.shareRule = shareRule;
    }
}
