package sn.pmas.commission;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A new version of a party's commission agreement as an accountant enters it; {@code rate} 0.07 is 7 %. */
public record CommissionTerms(LocalDate validFrom, BigDecimal rate, String comment) {
}
