package sn.pmas.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.List;
import sn.pmas.ledger.FiscalCalendarService;
import sn.pmas.party.PartyService;
import sn.pmas.party.PartyType;
import sn.pmas.party.PartyView;
import sn.pmas.platform.Roles;
import sn.pmas.reportcatalogue.CatalogueEntry;
import sn.pmas.reportcatalogue.ReportCatalogue;
import sn.pmas.reportcatalogue.ReportParameter;

/**
 * Backs ui/report-catalogue.xhtml, the Catalogue des rapports: every report the user's roles may
 * produce, each with a form built from its parameter list. The form is sent by the page's script
 * to {@code GET /api/reports/catalogue/{code}/document} (checked there, then rendered by the
 * report's own endpoint) while the page shows the production's progress; without script, the
 * same GET downloads the document. Month and year fields start on the latest month with entries.
 * A report sent to a principal on demand also has « Envoyer », which the script posts to
 * {@code POST /api/reports/archive}: rendered as the download, archived as sent.
 */
@Named
@RequestScoped
public class ReportCataloguePage {

    @EJB
    private FiscalCalendarService calendar;
    @EJB
    private PartyService parties;
    @Inject
    private FacesContext faces;

    private List<CatalogueEntry> entries;
    private List<PartyView> insurers;
    private YearMonth latest;

    @PostConstruct
    void load() {
        entries = ReportCatalogue.visibleTo(faces.getExternalContext()::isUserInRole);
        insurers = parties.list(PartyType.INSURER);
        latest = calendar.latestPeriodWithEntries().orElse(YearMonth.now());
    }

    public List<CatalogueEntry> getEntries() {
        return entries;
    }

    /** Whether the user sends documents (accountant, admin): the page then offers « Envoyer » on the reports sent on demand. */
    public boolean isSender() {
        return faces.getExternalContext().isUserInRole(Roles.ACCOUNTANT) || faces.getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public boolean sendable(CatalogueEntry entry) {
        return ReportCatalogue.sentOnDemand(entry);
    }

    public List<PartyView> getInsurers() {
        return insurers;
    }

    /** Where the field starts: the latest month with entries for a month, its year, its month end; empty otherwise. */
    public String initialValue(ReportParameter parameter) {
        if (!parameter.required()) {
            return "";
        }
        return switch (parameter.type()) {
            case MONTH -> latest.toString();
            case YEAR -> String.valueOf(latest.getYear());
            case DATE -> "to".equals(parameter.name()) || "asOf".equals(parameter.name())
                    ? latest.atEndOfMonth().toString() : latest.atDay(1).toString();
            default -> "";
        };
    }
}
