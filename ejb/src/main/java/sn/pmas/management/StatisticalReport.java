package sn.pmas.management;

import java.time.LocalDate;

/**
 * The statistical report of a principal (manual §1.3, §7.8): an analytic summary of the claims it
 * was charged for providers' care, detailed by provider, by contract and by member file, over a
 * quarter or a year (docs/management-reports.md).
 *
 * @param span   {@code 2025-Q1} or {@code 2025}
 * @param closed whether every period of the span is closed
 */
public record StatisticalReport(String principal, String principalName, String span, LocalDate from, LocalDate to, boolean closed,
                                ClaimFigures claims) {

    public static final String TITLE = "Rapport statistique des sinistres";

    public ManagementDocument document() {
        return new ManagementDocument(TITLE, "Pool Micro Assurance Santé (PMAS) — " + principalName + " (" + principal + ") — du "
                + DocumentTables.DAY.format(from) + " au " + DocumentTables.DAY.format(to) + " (" + DocumentTables.state(closed) + ")",
                null, DocumentTables.statistics(claims));
    }
}
