package sn.pmas.commission;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The part of a party's base under one agreement version: the rate of the version in force on each
 * collection's date, so that a rate change inside a quarter splits the base at the change.
 * Adjustments (collections of earlier quarters) are a segment of their own per version.
 */
public record Segment(LocalDate validFrom, BigDecimal rate, boolean adjustment, long base, long commission) {
}
