package sn.pmas.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sn.pmas.currentaccount.ConfirmationView;
import sn.pmas.currentaccount.Quarter;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reportcatalogue.CatalogueEntry;
import sn.pmas.reportcatalogue.ReportCatalogue;
import sn.pmas.reportcatalogue.SentDocument;
import sn.pmas.reportcatalogue.SentReportKey;
import sn.pmas.reporting.ReportRenderingException;
import sn.pmas.workingfund.FundCallView;

/**
 * The documents an accountant sends to an insurer or a scheme from the catalogue
 * (docs/report-catalogue.md): each rendered by the very endpoint method its download calls, so the
 * archived bytes are the download's, and addressed to the principal it is about.
 */
@RequestScoped
public class OutgoingDocuments {

    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]+)\"");

    @Inject
    private ManagementResource management;
    @Inject
    private BordereauResource bordereaux;
    @Inject
    private PrincipalResource principals;
    @Inject
    private BalanceConfirmationResource confirmations;
    @Inject
    private FundCallResource fundCalls;

    /**
     * @param values the parameters, checked against the entry's definitions already
     * @throws LedgerException {@code field.invalid} on {@code report} when the report is not sent on
     *                         demand; the endpoint's own refusals
     */
    SentDocument render(CatalogueEntry entry, Map<String, String> values, String format) throws LedgerException, ReportRenderingException {
        if (!ReportCatalogue.sentOnDemand(entry)) {
            throw new LedgerException(Rejection.FIELD_INVALID, "report", entry.sent()
                    ? "Le rapport " + entry.code() + " est envoyé à la clôture du mois, pas à la demande."
                    : "Le rapport " + entry.code() + " n'est pas envoyé aux mandants : il ne s'archive pas comme envoi.");
        }
        String recipient;
        String month;
        Response download;
        switch (entry.code()) {
            case "bordereau" -> {
                recipient = values.get("insurer");
                month = values.get("month");
                download = bordereaux.bordereau(values.get("kind"), recipient, month, format);
            }
            case "principal-statement" -> {
                recipient = values.get("principal");
                month = YearMonth.from(Params.date(values.get("to"), "to")).toString();
                download = principals.statement(recipient, values.get("from"), values.get("to"), format);
            }
            case "balance-confirmation" -> {
                ConfirmationView confirmation = confirmations.get(Long.parseLong(values.get("confirmation")));
                recipient = confirmation.principalCode();
                month = lastMonth(Params.quarter(confirmation.quarter(), "confirmation"));
                download = confirmations.letter(confirmation.id());
            }
            case "fund-call" -> {
                FundCallView call = fundCalls.get(values.get("call"));
                recipient = call.principalCode();
                month = YearMonth.from(call.issuedOn()).toString();
                download = fundCalls.document(call.number());
            }
            case "quarterly-package" -> {
                recipient = values.get("insurer");
                month = lastMonth(Params.quarter(values.get("quarter"), "quarter"));
                download = management.quarterly(recipient, values.get("quarter"), format);
            }
            case "claim-statistics" -> {
                recipient = values.get("principal");
                month = lastMonth(Params.quarter(values.get("quarter"), "quarter"));
                download = management.statistics(recipient, values.get("quarter"), null, format);
            }
            case "scheme-package" -> {
                recipient = values.get("scheme");
                month = Params.year(values.get("year"), "year") + "-12";
                download = management.schemePackage(recipient, values.get("year"), format);
            }
            default -> throw new IllegalStateException(entry.code() + " is sent on demand: render it here");
        }
        return new SentDocument(new SentReportKey(entry.code(), values, format, recipient), month, fileName(download, entry.code()),
                download.getMediaType().toString(), (byte[]) download.getEntity());
    }

    private static String lastMonth(Quarter quarter) {
        return YearMonth.from(quarter.lastDay()).toString();
    }

    /** The name the download is saved under (its Content-Disposition). */
    private static String fileName(Response download, String fallback) {
        Matcher name = FILE_NAME.matcher(String.valueOf(download.getHeaderString(HttpHeaders.CONTENT_DISPOSITION)));
        return name.find() ? name.group(1) : fallback;
    }
}
