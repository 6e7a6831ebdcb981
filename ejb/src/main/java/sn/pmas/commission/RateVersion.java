package sn.pmas.commission;

import java.math.BigDecimal;
import java.time.LocalDate;
import sn.pmas.platform.DatedVersion;

/** A commission rate from a date on ({@code 0.07} is 7 %): the computation's view of an agreement version. */
public record RateVersion(Long id, LocalDate validFrom, BigDecimal rate) implements DatedVersion {
}
