package sn.pmas.premium;

import java.util.List;

/** A premium register over a span of months, as asked (filters and grouping), with its totals. */
public record PremiumRegister(RegisterCriteria criteria, List<PremiumRegisterRow> rows, RegisterAmounts totals) {
}
