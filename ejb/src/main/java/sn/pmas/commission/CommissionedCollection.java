package sn.pmas.commission;

import java.math.BigDecimal;

/** A collection behind a commission, its rate, and its part of its segment's commission. */
public record CommissionedCollection(Collection collection, BigDecimal rate, long commission) {
}
