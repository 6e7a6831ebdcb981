package sn.pmas.fiscalcalendar;

import java.time.Instant;
import java.time.LocalDate;

/** A version of an obligation's rules, as the catalogue lists it. */
public record VersionView(LocalDate validFrom, Frequency frequency, int declarationMonths, int declarationDay,
                          Integer paymentMonths, Integer paymentDay, Long quarterlyBelow, ShiftRule shiftRule,
                          AmountSource amountSource, String accountCode, boolean active, String comment, String recordedBy,
                          Instant recordedAt) {

    static VersionView of(ObligationVersion version) {
        ObligationTerms terms = version.terms();
        DeadlineRule rule = terms.rule();
        return new VersionView(terms.validFrom(), rule.frequency(), rule.declarationMonths(), rule.declarationDay(),
                rule.paymentMonths(), rule.paymentDay(), rule.quarterlyBelow(), rule.shiftRule(), terms.amountSource(),
                terms.accountCode(), terms.active(), terms.comment(), version.recordedBy(), version.recordedAt());
    }
}
