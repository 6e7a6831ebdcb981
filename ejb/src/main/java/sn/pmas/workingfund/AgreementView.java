package sn.pmas.workingfund;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a principal's agreement; {@code feeRate} 0.14 means 14 %. */
public record AgreementView(String principalCode, LocalDate validFrom, long targetLevel, Long floorAmount,
                            Integer floorDays, long singleClaimLimit, BigDecimal feeRate, FeeBase feeBase,
                            String recordedBy, Instant recordedAt, String comment) {

    static AgreementView of(String principalCode, PrincipalAgreement agreement) {
        return new AgreementView(principalCode, agreement.validFrom(), agreement.targetLevel(), agreement.floorAmount(),
                agreement.floorDays(), agreement.singleClaimLimit(), agreement.feeRate(), agreement.feeBase(),
                agreement.recordedBy(), agreement.recordedAt(), agreement.comment());
    }
}
