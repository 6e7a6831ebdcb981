package sn.pmas.premium;

import java.time.YearMonth;
import java.util.List;

/**
 * A bordereau's lines as cells in the order of {@link BordereauKind#headers()}: text, dates
 * ({@link java.time.LocalDate}), whole francs ({@link Long}), yes/no ({@link Boolean}), or null.
 */
public record Bordereau(BordereauKind kind, String insurerCode, String insurerName, YearMonth month,
                        List<List<Object>> lines) {
}
