package sn.pmas.commission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import sn.pmas.platform.DatedVersion;
import sn.pmas.platform.Shares;

/**
 * The commission of each party on its collections (docs/commissions.md), without a server: each
 * collection takes the rate of the version in force on its date; collections under one version
 * (and of the same nature, quarter or adjustment) form a segment whose commission is its base
 * times the rate, rounded half-even once; the segment's commission is then shared among its
 * collections by largest remainder, so that the parts shown sum exactly to it.
 */
public final class CommissionComputation {

    private CommissionComputation() {
    }

    /**
     * @param collections the collections not yet commissioned, of every party
     * @param versions    each party's rate versions, latest first ({@link DatedVersion#LATEST_FIRST})
     * @return one result per party with at least one collection under an agreement, by party id
     */
    public static List<PartyCommission> compute(List<Collection> collections, Map<Long, List<RateVersion>> versions,
                                                Withholding withholding) {
        Map<Long, List<Collection>> byParty = collections.stream()
                .sorted(Comparator.comparing(Collection::date).thenComparing(Collection::movementId))
                .collect(Collectors.groupingBy(Collection::partyId, TreeMap::new, Collectors.toList()));
        List<PartyCommission> results = new ArrayList<>();
        byParty.forEach((partyId, own) -> party(partyId, own, versions.getOrDefault(partyId, List.of()), withholding)
                .ifPresent(results::add));
        return results;
    }

    private static Optional<PartyCommission> party(long partyId, List<Collection> own, List<RateVersion> versions,
                                                   Withholding withholding) {
        record Key(boolean adjustment, RateVersion version) {
        }
        Map<Key, List<Collection>> bySegment = new LinkedHashMap<>();
        for (Collection collection : own) {
            DatedVersion.inForce(versions, collection.date()).ifPresent(version ->
                    bySegment.computeIfAbsent(new Key(collection.adjustment(), version), k -> new ArrayList<>()).add(collection));
        }
        if (bySegment.isEmpty()) {
            return Optional.empty();
        }
        List<Segment> segments = new ArrayList<>();
        List<CommissionedCollection> commissioned = new ArrayList<>();
        bySegment.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Key, List<Collection>> e) -> !e.getKey().adjustment())
                        .thenComparing(e -> e.getKey().version().validFrom()))
                .forEach(entry -> {
                    BigDecimal rate = entry.getKey().version().rate();
                    List<Collection> members = entry.getValue();
                    long base = members.stream().mapToLong(Collection::base).sum();
                    long commission = commission(base, rate);
                    segments.add(new Segment(entry.getKey().version().validFrom(), rate, entry.getKey().adjustment(), base, commission));
                    long[] parts = base == 0 ? new long[members.size()]
                            : Shares.largestRemainder(commission, members.stream().map(Collection::base).toList());
                    for (int i = 0; i < members.size(); i++) {
                        commissioned.add(new CommissionedCollection(members.get(i), rate, parts[i]));
                    }
                });
        long total = segments.stream().mapToLong(Segment::commission).sum();
        return Optional.of(new PartyCommission(partyId, segments, commissioned, withholding.on(total)));
    }

    /** Base times rate, rounded half-even to the franc. */
    static long commission(long base, BigDecimal rate) {
        return BigDecimal.valueOf(base).multiply(rate).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }
}
