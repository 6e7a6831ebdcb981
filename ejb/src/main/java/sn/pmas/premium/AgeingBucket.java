package sn.pmas.premium;

import java.time.LocalDate;

/**
 * How late an unpaid quittance is, in days past its due date (the first day of the period it
 * covers): due today counts as 0 days. A quittance whose period has not started is not yet due.
 */
public enum AgeingBucket {
    NOT_DUE("Non échu", Long.MIN_VALUE, -1),
    DAYS_0_30("0 à 30 jours", 0, 30),
    DAYS_31_60("31 à 60 jours", 31, 60),
    DAYS_61_90("61 à 90 jours", 61, 90),
    DAYS_91_180("91 à 180 jours", 91, 180),
    OVER_180("Plus de 180 jours", 181, Long.MAX_VALUE);

    private final String label;
    private final long fromDays;
    private final long toDays;

    AgeingBucket(String label, long fromDays, long toDays) {
        this.label = label;
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** French label, as reports show it. */
    public String label() {
        return label;
    }

    /** The earliest due date of a quittance in this bucket at {@code asOf}; null for the last one, which has no limit. */
    LocalDate earliestDue(LocalDate asOf) {
        return toDays == Long.MAX_VALUE ? null : asOf.minusDays(toDays);
    }

    public static AgeingBucket of(long daysPastDue) {
        for (AgeingBucket bucket : values()) {
            if (daysPastDue >= bucket.fromDays && daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new IllegalStateException("the buckets cover every number of days: " + daysPastDue);
    }
}
