package sn.pmas.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AgeingBucketTest {

    @Test
    void aQuittanceWhosePeriodHasNotStartedIsNotDue() {
        assertEquals(AgeingBucket.NOT_DUE, AgeingBucket.of(-1));
        assertEquals(AgeingBucket.NOT_DUE, AgeingBucket.of(-365));
    }

    @Test
    void eachBoundaryBelongsToTheBucketItCloses() {
        assertEquals(AgeingBucket.DAYS_0_30, AgeingBucket.of(0), "due today");
        assertEquals(AgeingBucket.DAYS_0_30, AgeingBucket.of(30));
        assertEquals(AgeingBucket.DAYS_31_60, AgeingBucket.of(31));
        assertEquals(AgeingBucket.DAYS_31_60, AgeingBucket.of(60));
        assertEquals(AgeingBucket.DAYS_61_90, AgeingBucket.of(61));
        assertEquals(AgeingBucket.DAYS_61_90, AgeingBucket.of(90));
        assertEquals(AgeingBucket.DAYS_91_180, AgeingBucket.of(91));
        assertEquals(AgeingBucket.DAYS_91_180, AgeingBucket.of(180));
        assertEquals(AgeingBucket.OVER_180, AgeingBucket.of(181));
        assertEquals(AgeingBucket.OVER_180, AgeingBucket.of(10_000));
    }

    /** The database sums by the first bucket whose earliest due date a quittance reaches: the same bucket, every day. */
    @Test
    void theEarliestDueDatesGiveEachQuittanceItsBucket() {
        LocalDate asOf = LocalDate.of(2064, 3, 1); // a leap year's February behind it
        for (int daysPastDue = -3; daysPastDue <= 400; daysPastDue++) {
            LocalDate due = asOf.minusDays(daysPastDue);
            AgeingBucket byDates = Arrays.stream(AgeingBucket.values())
                    .filter(bucket -> bucket.earliestDue(asOf) == null || !due.isBefore(bucket.earliestDue(asOf)))
                    .findFirst().orElseThrow();
            assertEquals(AgeingBucket.of(daysPastDue), byDates, daysPastDue + " days past due");
        }
    }

    @Test
    void labelsAreFrench() {
        assertEquals("Non échu", AgeingBucket.NOT_DUE.label());
        assertEquals("31 à 60 jours", AgeingBucket.DAYS_31_60.label());
        assertEquals("Plus de 180 jours", AgeingBucket.OVER_180.label());
    }
}
