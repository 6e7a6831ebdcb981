package sn.pmas.reportcatalogue;

import static java.util.stream.Collectors.toSet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;
import sn.pmas.reporting.Report;

class ReportCatalogueTest {

    @Test
    void everyReportOfTheApplicationIsCataloguedOnceWithItsFormats() {
        Set<String> codes = new HashSet<>();
        for (CatalogueEntry entry : ReportCatalogue.entries()) {
            assertTrue(codes.add(entry.code()), "one entry per code: " + entry.code());
            assertFalse(entry.title().isBlank());
        }
        for (Report report : Report.values()) {
            boolean catalogued = switch (report) {
                case MONTHLY_TABLE -> codes.containsAll(List.of("monthly-production", "monthly-collections", "monthly-arrears"));
                case MANAGEMENT_DOCUMENT -> codes.containsAll(List.of("quarterly-package", "claim-statistics", "revenue-split", "scheme-package"));
                default -> codes.contains(report.code());
            };
            assertTrue(catalogued, report.code() + " is in the catalogue");
        }
    }

    @Test
    void everyReportSentIsSentOnDemandButTheMonthlyTablesWhichGoAtTheMonthsClose() {
        assertEquals(Set.of("bordereau", "principal-statement", "balance-confirmation", "fund-call", "quarterly-package", "claim-statistics",
                        "scheme-package"),
                ReportCatalogue.entries().stream().filter(ReportCatalogue::sentOnDemand).map(CatalogueEntry::code).collect(toSet()));
        assertFalse(ReportCatalogue.sentOnDemand(ReportCatalogue.find("monthly-production").orElseThrow()));
        assertFalse(ReportCatalogue.sentOnDemand(ReportCatalogue.find("trial-balance").orElseThrow()), "never sent");
    }

    @Test
    void anInsurersUserSeesOnlyTheReportsSentToInsurersAndStaffSeeAll() {
        List<CatalogueEntry> insurer = ReportCatalogue.visibleTo(Set.of("insurer", "insurer-ASKIA")::contains);
        assertTrue(insurer.stream().allMatch(CatalogueEntry::ownInsurerOnly), "each scoped to its own insurer");
        assertTrue(insurer.stream().map(CatalogueEntry::code).toList().containsAll(List.of("monthly-production", "bordereau",
                "principal-statement", "balance-confirmation")));
        assertFalse(insurer.stream().anyMatch(entry -> entry.code().equals("trial-balance")));
        assertEquals(ReportCatalogue.entries(), ReportCatalogue.visibleTo("director"::equals));
        assertEquals(List.of(), ReportCatalogue.visibleTo("admin-only"::equals));
    }

    @Test
    void theHrefPutsPathParametersInThePathTheOthersInTheQueryAndTheFormatLast() throws LedgerException {
        CatalogueEntry statement = ReportCatalogue.find("principal-statement").orElseThrow();
        assertEquals("principals/ASKIA/statement?from=2025-01-01&to=2025-03-31&format=pdf",
                statement.href(Map.of("principal", "ASKIA", "from", "2025-01-01", "to", "2025-03-31")));
        CatalogueEntry production = ReportCatalogue.find("monthly-production").orElseThrow();
        assertEquals("management/monthly/production?month=2025-03&format=xlsx",
                production.href(Map.of("month", "2025-03", "insurer", " ", "format", "xlsx")), "an optional value left blank is left out");
        assertEquals("fund-calls/AF-2025-0001/document", ReportCatalogue.find("fund-call").orElseThrow().href(Map.of("call", "AF-2025-0001")),
                "a path serving one document takes no format");
    }

    @Test
    void unknownMissingOrMalformedParametersAreRefusedByName() {
        CatalogueEntry bordereau = ReportCatalogue.find("bordereau").orElseThrow();
        Map<String, String> good = Map.of("kind", "claims", "insurer", "ASKIA", "month", "2025-03");
        assertRefused(Rejection.FIELD_INVALID, "colour", () -> bordereau.href(with(good, "colour", "red")));
        assertRefused(Rejection.FIELD_REQUIRED, "month", () -> bordereau.href(Map.of("kind", "claims", "insurer", "ASKIA")));
        assertRefused(Rejection.FIELD_INVALID, "month", () -> bordereau.href(with(good, "month", "2025-13")));
        assertRefused(Rejection.FIELD_INVALID, "kind", () -> bordereau.href(with(good, "kind", "budget")));
        assertRefused(Rejection.FIELD_INVALID, "format", () -> bordereau.href(with(good, "format", "xlsx")));
        assertRefused(Rejection.FIELD_INVALID, "insurer", () -> bordereau.href(with(good, "insurer", "askia/../x")));
    }

    @Test
    void theArchiveKeyIsTheParametersInNameOrder() {
        SentReportKey key = new SentReportKey("monthly-arrears", Map.of("month", "2025-01", "insurer", "ASKIA"), "pdf", "ASKIA");
        assertEquals("insurer=ASKIA&month=2025-01", key.canonicalParameters());
        assertThrows(IllegalArgumentException.class,
                () -> new SentReportKey("monthly-arrears", Map.of("note", "x".repeat(200)), "pdf", "ASKIA"));
        assertThrows(IllegalArgumentException.class, () -> new SentDocument(key, "2025-01", "a.pdf", "application/pdf", new byte[0]));
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> changed = new java.util.HashMap<>(values);
        changed.put(name, value);
        return changed;
    }

    private static void assertRefused(Rejection rejection, String field, org.junit.jupiter.api.function.Executable call) {
        LedgerException refused = assertThrows(LedgerException.class, call);
        assertEquals(rejection, refused.rejection(), refused.getMessage());
        assertEquals(field, refused.field(), refused.getMessage());
    }
}
