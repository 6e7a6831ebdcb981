package sn.pmas.bankstatement;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far an import has gone, under a token the client chose (the page polls it while its upload
 * runs): the phase and the lines done out of the total. Kept in memory for the last imports only.
 */
public final class ImportProgress {

    /** A snapshot: {@code phase} is read, stored, matched or done. */
    public record Step(String phase, int done, int total) {
    }

    private static final int KEPT = 200;
    private static final Map<String, Step> STEPS = new ConcurrentHashMap<>();

    private ImportProgress() {
    }

    static void report(String token, String phase, int done, int total) {
        if (token == null) {
            return;
        }
        if (STEPS.size() > KEPT && !STEPS.containsKey(token)) {
            STEPS.clear();
        }
        STEPS.put(token, new Step(phase, done, total));
    }

    public static Step of(String token) {
        return STEPS.getOrDefault(token, new Step("waiting", 0, 0));
    }
}
