package sn.pmas.premium;

/** How many unpaid quittances fall in an ageing bucket, and what they owe. */
public record ArrearsBucketTotal(AgeingBucket bucket, String label, long count, long unpaid) {
}
