package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.annotation.RequestParameterMap;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.ledger.LedgerException;
import sn.pmas.management.DocumentRow;
import sn.pmas.management.ManagementDocument;
import sn.pmas.management.QuarterlyPackage;
import sn.pmas.management.QuarterlyPackages;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;

/**
 * Backs ui/quarterly-reports.xhtml, the Rapports trimestriels: an insurer's consolidation package
 * of a quarter ({@code ?insurer=ASKIA&quarter=2025-Q1}) with its loss-ratio chart and its PDF and
 * Excel downloads, and those of its statistical report. Without a quarter, the quarter of the latest
 * month with entries, or the one before it while it is neither over nor closed.
 */
@Named
@RequestScoped
public class QuarterlyReportsPage {

    @EJB
    private QuarterlyPackages packages;
    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;
    @Inject
    @RequestParameterMap
    private Map<String, String> parameters;

    private List<QuarterChoice> quarters;
    private List<PartyView> insurers;
    private QuarterChoice quarter;
    private String insurer;
    private QuarterlyPackage quarterlyPackage;
    private String refused;

    @PostConstruct
    void load() {
        insurers = parties.list(PartyType.INSURER);
        quarters = calendar.years().stream().flatMap(year -> QuarterChoice.of(year, calendar.periods(year)).stream()).toList();
        String asked = parameters.getOrDefault("quarter", "").strip();
        quarter = asked.isEmpty() ? latestReportable() : quarters.stream().filter(q -> q.value().equalsIgnoreCase(asked)).findFirst().orElse(null);
        if (!asked.isEmpty() && quarter == null) {
            refused = "Le trimestre « " + asked + " » n'est pas un trimestre d'un exercice ouvert.";
            return;
        }
        insurer = parameters.getOrDefault("insurer", "").strip();
        if (insurer.isEmpty() && !insurers.isEmpty()) {
            insurer = insurers.get(0).code();
        }
        if (quarter == null || insurer.isEmpty()) {
            return;
        }
        try {
            quarterlyPackage = packages.of(insurer, quarter.quarter());
        } catch (LedgerException e) {
            refused = e.getMessage();
        }
    }

    private QuarterChoice latestReportable() {
        LocalDate today = LocalDate.now();
        Optional<Quarter> latest = calendar.latestPeriodWithEntries().map(YearMonth::atEndOfMonth).map(Quarter::of);
        List<QuarterChoice> candidates = latest.map(q -> quarters.stream().filter(c -> !c.quarter().firstDay().isAfter(q.firstDay())).toList())
                .orElse(quarters);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            if (candidates.get(i).reportable(today)) {
                return candidates.get(i);
            }
        }
        return quarters.isEmpty() ? null : quarters.get(0);
    }

    public List<QuarterChoice> getQuarters() {
        return quarters;
    }

    public List<PartyView> getInsurers() {
        return insurers;
    }

    /** The quarter shown, or null when no fiscal year exists. */
    public QuarterChoice getQuarter() {
        return quarter;
    }

    public String getInsurer() {
        return insurer;
    }

    /** The package shown; null when refused or nothing to show. */
    public QuarterlyPackage getPackage() {
        return quarterlyPackage;
    }

    public ManagementDocument getDocument() {
        return quarterlyPackage == null ? null : quarterlyPackage.document();
    }

    /** The quarter's loss ratio as the documents show it ("62,35 %"), or why there is none. */
    public String getLossRatio() {
        return quarterlyPackage.lossRatio().percent() == null ? "— (aucune prime acquise)"
                : DocumentRow.shown(quarterlyPackage.lossRatio().percent());
    }

    public String getRefused() {
        return refused;
    }
}
