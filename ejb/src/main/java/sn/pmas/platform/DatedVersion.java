package sn.pmas.platform;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of a dated agreement (DOMAIN §4: rates and thresholds are dated parameters): it
 * holds from {@link #validFrom()} until the next version starts. Versions are never changed; a new
 * term is a new version, so the history is complete.
 */
public interface DatedVersion {

    /** Later valid_from first; for the same date the version recorded last (higher id) wins. */
    Comparator<DatedVersion> LATEST_FIRST = Comparator.comparing(DatedVersion::validFrom)
            .thenComparing(DatedVersion::id).reversed();

    Long id();

    LocalDate validFrom();

    /** The version in force on {@code date} among versions sorted {@link #LATEST_FIRST}. */
    static <V extends DatedVersion> Optional<V> inForce(List<V> latestFirst, LocalDate date) {
        return latestFirst.stream().filter(version -> !version.validFrom().isAfter(date)).findFirst();
    }
}
