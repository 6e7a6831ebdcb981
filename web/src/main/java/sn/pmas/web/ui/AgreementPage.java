package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import sn.pmas.ledger.LedgerException;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyView;
import sn.pmas.web.api.RetryLostRace;
import sn.pmas.workingfund.AgreementTerms;
import sn.pmas.workingfund.AgreementView;
import sn.pmas.workingfund.Agreements;
import sn.pmas.workingfund.FeeBase;

/**
 * Backs ui/agreement.xhtml ({@code ?principal=ASKIA}): the principal's agreement in force today,
 * every version latest first, and for the accountant a new version, prefilled with the one in
 * force so that only what changes needs typing. Versions are never edited in place: the history
 * is what the pool agreed, and when.
 */
@Named
@RequestScoped
@RetryLostRace
public class AgreementPage {

    private static final Map<FeeBase, String> BASES = Map.of(
            FeeBase.COLLECTED_PREMIUMS, "primes encaissées", FeeBase.FUNDS_RECEIVED, "fonds reçus");

    @EJB
    private Agreements agreements;
    @EJB
    private PartyService parties;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;
    @Inject
    private FacesContext faces;

    private String principal;
    private String principalName;
    private AgreementView inForce;
    private List<AgreementView> history = List.of();
    private String refusal;

    private LocalDate validFrom;
    private Long targetLevel;
    private Long floorAmount;
    private Integer floorDays;
    private Long singleClaimLimit;
    private BigDecimal feeRate;
    private FeeBase feeBase;
    private String comment;

    @PostConstruct
    void load() {
        principal = parameters.getOrDefault("principal", "").strip();
        if (principal.isEmpty()) {
            refusal = "Choisissez un mandant dans la liste des mandants.";
            return;
        }
        try {
            history = agreements.history(principal);
            inForce = agreements.inForce(principal, LocalDate.now()).orElse(null);
        } catch (LedgerException e) {
            refusal = e.getMessage();
            return;
        }
        principalName = parties.find(principal).map(PartyView::name).orElse(principal);
        // a convention that starts later is still the one to amend when none is in force yet
        AgreementView base = inForce != null ? inForce : history.stream().findFirst().orElse(null);
        validFrom = LocalDate.now();
        if (base != null) {
            targetLevel = base.targetLevel();
            floorAmount = base.floorAmount();
            floorDays = base.floorDays();
            singleClaimLimit = base.singleClaimLimit();
            feeRate = base.feeRate();
            feeBase = base.feeBase();
        }
    }

    public String record() {
        try {
            AgreementView recorded = agreements.record(principal, new AgreementTerms(validFrom, targetLevel, floorAmount,
                    floorDays, singleClaimLimit, feeRate, feeBase, comment == null || comment.isBlank() ? null : comment.strip()));
            return ActionMessages.done(faces, "Nouvelle version de la convention enregistrée, en vigueur le "
                    + MomentConverter.format(recorded.validFrom()) + ".",
                    "/ui/agreement.xhtml?principal=" + URLEncoder.encode(principal, StandardCharsets.UTF_8));
        } catch (LedgerException e) {
            return ActionMessages.refused(faces, e.getMessage());
        }
    }

    public String getPrincipal() {
        return principal;
    }

    public String getPrincipalName() {
        return principalName;
    }

    /** Null when no version is in force today. */
    public AgreementView getInForce() {
        return inForce;
    }

    public List<AgreementView> getHistory() {
        return history;
    }

    /** Why there is nothing to show (no or unknown principal); null otherwise. */
    public String getRefusal() {
        return refusal;
    }

    /** The floor in francs, in days of cover, or both (the agreement may give either). */
    public String floorLabel(AgreementView version) {
        return (version.floorAmount() == null ? "—" : XofConverter.format(version.floorAmount())) + " / "
                + (version.floorDays() == null ? "—" : version.floorDays() + " j");
    }

    /** 0.14 → "14 %", with the no-break space of French typography. */
    public String rateLabel(AgreementView version) {
        return PercentConverter.format(version.feeRate()) + "\u00A0%";
    }

    public List<FeeBase> getFeeBases() {
        return List.of(FeeBase.values());
    }

    public String baseLabel(FeeBase base) {
        return BASES.get(base);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public Long getTargetLevel() {
        return targetLevel;
    }

    public void setTargetLevel(Long targetLevel) {
        this.targetLevel = targetLevel;
    }

    public Long getFloorAmount() {
        return floorAmount;
    }

    public void setFloorAmount(Long floorAmount) {
        this.floorAmount = floorAmount;
    }

    public Integer getFloorDays() {
        return floorDays;
    }

    public void setFloorDays(Integer floorDays) {
        this.floorDays = floorDays;
    }

    public Long getSingleClaimLimit() {
        return singleClaimLimit;
    }

    public void setSingleClaimLimit(Long singleClaimLimit) {
        this.singleClaimLimit = singleClaimLimit;
    }

    /** A fraction (0.075); the page shows and reads it in percent through {@link PercentConverter}. */
    public BigDecimal getFeeRate() {
        return feeRate;
    }

    public void setFeeRate(BigDecimal feeRate) {
        this.feeRate = feeRate;
    }

    public FeeBase getFeeBase() {
        return feeBase;
    }

    public void setFeeBase(FeeBase feeBase) {
        this.feeBase = feeBase;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
