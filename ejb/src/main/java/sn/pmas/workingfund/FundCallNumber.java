package sn.pmas.workingfund;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fund call numbers: {@code AF-<year>-<4 digits>}, sequential within the year of issue and
 * restarting at 0001 each year. Zero-padded, so the latest number of a year is also its greatest
 * string.
 */
final class FundCallNumber {

    static final int MAX_PER_YEAR = 9_999;

    private static final Pattern FORMAT = Pattern.compile("AF-(\\d{4})-(\\d{4})");

    private FundCallNumber() {
    }

    /** What a number of {@code year} starts with, for looking up that year's numbers. */
    static String prefix(int year) {
        return "AF-%04d-".formatted(year);
    }

    /**
     * @param latestOfYear the greatest number issued in {@code year} so far, or null for its first call
     */
    static String next(int year, String latestOfYear) {
        int sequence = 1;
        if (latestOfYear != null) {
            Matcher matcher = FORMAT.matcher(latestOfYear);
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != year) {
                throw new IllegalArgumentException("Not a fund call number of " + year + ": " + latestOfYear);
            }
            sequence = Integer.parseInt(matcher.group(2)) + 1;
        }
        if (sequence > MAX_PER_YEAR) {
            throw new IllegalStateException("More than " + MAX_PER_YEAR + " fund calls in " + year);
        }
        return prefix(year) + "%04d".formatted(sequence);
    }
}
