package sn.pmas.premium;

import java.time.LocalDate;
import java.util.List;

/**
 * Premium arrears at a date summed by ageing bucket in the database, however many quittances owe:
 * what the monthly arrears table and the dashboard show.
 *
 * @param insurer the insurer's code, or null for all insurers
 * @param buckets every bucket, empty ones included, in bucket order
 */
public record ArrearsAgeing(LocalDate asOf, String insurer, List<ArrearsBucketTotal> buckets) {

    public long count() {
        return buckets.stream().mapToLong(ArrearsBucketTotal::count).sum();
    }

    public long unpaid() {
        return buckets.stream().mapToLong(ArrearsBucketTotal::unpaid).sum();
    }

    /** The unpaid of one bucket. */
    public long unpaid(AgeingBucket bucket) {
        return buckets.get(bucket.ordinal()).unpaid();
    }
}
