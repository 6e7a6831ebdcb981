package sn.pmas.sig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventValidationTest {

    private static SigEvent claim(String provider, String member, BigDecimal amount, String careMonth, String date) {
        return new SigEvent("claim_validated", "S-1", date, "ASKIA", amount, null, null, null, null, null, null, null, null, null,
                provider, member, "F-1", careMonth, "2026-01-05", true, null, null, null, null);
    }

    @Test
    void aWellFormedClaimIsParsedWithItsTypes() {
        List<LineError> errors = new ArrayList<>();
        Optional<ParsedEvent> parsed = EventValidation.parse(3, claim("HR-THIES", null, new BigDecimal("120000.00"), "2025-12", "2026-01-10"), errors);
        assertEquals(List.of(), errors);
        ParsedEvent.ClaimValidated claim = (ParsedEvent.ClaimValidated) parsed.orElseThrow();
        assertEquals(120_000, claim.amount());
        assertTrue(claim.medicalValidation());
    }

    @Test
    void aClaimMayNameItsContract() {
        SigEvent withContract = new SigEvent("CLAIM_VALIDATED", "S-2", "2026-01-10", "ASKIA", new BigDecimal("50000"), " CTR-ASKIA-7 ", null,
                null, null, null, null, null, null, null, "HR-THIES", null, "F-2", "2025-12", "2026-01-05", false, null, null, null, null);
        List<LineError> errors = new ArrayList<>();
        ParsedEvent.ClaimValidated claim = (ParsedEvent.ClaimValidated) EventValidation.parse(0, withContract, errors).orElseThrow();
        assertEquals("CTR-ASKIA-7", claim.contract());
        ParsedEvent.ClaimValidated without = (ParsedEvent.ClaimValidated) EventValidation.parse(0,
                claim("HR-THIES", null, new BigDecimal("50000"), "2025-12", "2026-01-10"), errors).orElseThrow();
        assertEquals(null, without.contract(), "optional");
        SigEvent tooLong = new SigEvent("CLAIM_VALIDATED", "S-3", "2026-01-10", "ASKIA", new BigDecimal("50000"), "C".repeat(61), null,
                null, null, null, null, null, null, null, "HR-THIES", null, "F-3", "2025-12", "2026-01-05", false, null, null, null, null);
        EventValidation.parse(0, tooLong, errors);
        assertEquals(List.of("contract:field.invalid"), errors.stream().map(e -> e.field() + ":" + e.code()).toList());
    }

    @Test
    void everyFaultOfALineIsReportedWithItsField() {
        List<LineError> errors = new ArrayList<>();
        EventValidation.parse(7, claim(null, null, new BigDecimal("12.5"), "2026-02", "2026-01-10"), errors);
        assertEquals(List.of("provider:field.required", "careMonth:field.invalid", "amount:line.amount-not-whole"),
                errors.stream().map(e -> e.field() + ":" + e.code()).toList());
        assertTrue(errors.stream().allMatch(e -> e.index() == 7 && "S-1".equals(e.reference())));
    }

    @Test
    void unknownTypesAndMissingDatesAreNamed() {
        List<LineError> errors = new ArrayList<>();
        EventValidation.parse(0, new SigEvent("PAYMENT", "X", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null), errors);
        assertEquals(List.of("date:field.required", "type:field.invalid"), errors.stream().map(e -> e.field() + ":" + e.code()).toList());
    }

    @Test
    void theForceReasonIsNotPartOfTheContent() {
        SigEvent plain = claim("HR-THIES", null, new BigDecimal("100"), "2025-12", "2026-01-10");
        SigEvent forced = new SigEvent(plain.type(), plain.reference(), plain.date(), plain.principal(), new BigDecimal("100.0"),
                null, null, null, null, null, null, null, null, null, plain.provider(), null, plain.invoice(), plain.careMonth(),
                plain.invoiceReceivedOn(), true, null, null, null, "urgence");
        assertEquals(ContentHash.of(plain), ContentHash.of(forced), "same facts, same amount written differently");
    }

    @Test
    void aCancellationNamesTheClaimItWithdraws() {
        List<LineError> errors = new ArrayList<>();
        Optional<ParsedEvent> parsed = EventValidation.parse(0, new SigEvent("CLAIM_CANCELLED", "A-1", "2026-01-20", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, "S-1", null, "Facture en double", null), errors);
        assertEquals(List.of(), errors);
        assertEquals(new ParsedEvent.ClaimCancelled("A-1", java.time.LocalDate.of(2026, 1, 20), "S-1", "Facture en double"), parsed.orElseThrow());
        EventValidation.parse(1, new SigEvent("CLAIM_CANCELLED", "A-2", "2026-01-20", null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null), errors);
        assertEquals(List.of("claim:field.required"), errors.stream().map(e -> e.field() + ":" + e.code()).toList());
    }

    @Test
    void aMemberMayNameTheProviderWhereHeWasTreatedOutsideThirdPartyPayment() {
        List<LineError> errors = new ArrayList<>();
        ParsedEvent.ClaimValidated claim = (ParsedEvent.ClaimValidated) EventValidation.parse(0,
                claim("HR-THIES", "Awa Diop", new BigDecimal("30000"), "2025-12", "2026-01-10"), errors).orElseThrow();
        assertEquals(List.of(), errors);
        assertEquals("Awa Diop", claim.member());
        assertEquals("HR-THIES", claim.provider());
    }

    @Test
    void aRejectedInvoiceNamesItsProviderAmountAndDates() {
        List<LineError> errors = new ArrayList<>();
        Optional<ParsedEvent> parsed = EventValidation.parse(0, new SigEvent("CLAIM_REJECTED", "R-1", "2026-01-20", "ASKIA",
                new BigDecimal("45000"), null, null, null, null, null, null, null, null, null, "HR-THIES", null, "F-9", "2025-12",
                "2026-01-05", null, null, null, "Acte non couvert", null), errors);
        assertEquals(List.of(), errors);
        assertEquals(new ParsedEvent.ClaimRejected("R-1", java.time.LocalDate.of(2026, 1, 20), "ASKIA", "HR-THIES", "F-9",
                java.time.YearMonth.of(2025, 12), java.time.LocalDate.of(2026, 1, 5), 45_000, "Acte non couvert"), parsed.orElseThrow());
        EventValidation.parse(1, new SigEvent("CLAIM_REJECTED", "R-2", "2026-01-20", "ASKIA", new BigDecimal("45000"), null, null, null,
                null, null, null, null, null, null, null, null, "F-9", "2025-12", "2026-01-25", null, null, null, null, null), errors);
        assertEquals(List.of("invoiceReceivedOn:field.invalid", "provider:field.required"), errors.stream().map(e -> e.field() + ":" + e.code()).toList());
    }
}
