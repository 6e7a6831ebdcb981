/**
 * The report catalogue and the archive of what was sent (issue 11, docs/report-catalogue.md):
 * {@link sn.pmas.reportcatalogue.ReportCatalogue}, every report with its parameters, formats, who
 * may see it and whether it is sent, as data in one place; {@link sn.pmas.reportcatalogue.SentReports},
 * the append-only archive of the documents sent to insurers and schemes (bytes and SHA-256);
 * {@link sn.pmas.reportcatalogue.MonthlyDispatch}, the persistent timer that produces and archives
 * the monthly insurer tables once their month is closed.
 */
package sn.pmas.reportcatalogue;
