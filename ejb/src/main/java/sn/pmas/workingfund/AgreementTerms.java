package sn.pmas.workingfund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new version of a principal's agreement, as an accountant enters it; {@link Agreements} checks it. */
public record AgreementTerms(LocalDate validFrom, Long targetLevel, Long floorAmount, Integer floorDays,
                             Long singleClaimLimit, BigDecimal feeRate, FeeBase feeBase, String comment) {
}
