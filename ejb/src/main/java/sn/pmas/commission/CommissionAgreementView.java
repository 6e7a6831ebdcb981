package sn.pmas.commission;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a party's commission agreement. */
public record CommissionAgreementView(String partyCode, String partyName, CommissionKind kind, LocalDate validFrom,
                                      BigDecimal rate, String recordedBy, Instant recordedAt, String comment) {
}
