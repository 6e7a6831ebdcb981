package sn.pmas.premium;

import java.time.LocalDate;
import java.util.List;

/**
 * Premium arrears at a date, oldest due date first, with a total for every ageing bucket (empty
 * buckets included, in bucket order).
 *
 * @param insurer the insurer's code, or null for all insurers
 */
public record Arrears(LocalDate asOf, String insurer, List<ArrearsLine> lines, List<ArrearsBucketTotal> buckets,
                      long unpaid) {
}
