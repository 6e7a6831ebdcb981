package sn.pmas.management;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import sn.pmas.party.ConventionType;

/**
 * A principal's claims of a span, grouped as the statistical reports show them: by provider
 * category, by provider, by contract and by member file (the members reimbursed directly). Every
 * breakdown sums to {@link #total()}, except the member files, which are the direct reimbursements only.
 */
public record ClaimFigures(List<ClaimLine> byCategory, List<ClaimLine> byProvider, List<ClaimLine> byContract,
                           List<ClaimLine> byMember, ClaimLine total) {

    static final String NO_CONTRACT = "Contrat non précisé";
    static final String MEMBERS = "Remboursements directs aux adhérents";

    /** One group of claims as read: payee, contract and member file alike. */
    record Group(String providerCode, String providerName, ConventionType category, String contract, String member,
                 long claims, long amount, long paid) {

        boolean toMember() {
            return providerCode == null;
        }
    }

    static ClaimFigures of(List<Group> groups) {
        ClaimLine total = new ClaimLine("Total", 0, 0, 0);
        for (Group group : groups) {
            total = total.plus(group.claims(), group.amount(), group.paid());
        }
        return new ClaimFigures(
                fold(groups.stream().sorted(Comparator.comparingInt(ClaimFigures::categoryOrder)).toList(), ClaimFigures::categoryLabel),
                fold(groups.stream().sorted(Comparator.comparingInt(ClaimFigures::categoryOrder)
                        .thenComparing(g -> g.toMember() ? "" : g.providerName())).toList(),
                        g -> g.toMember() ? MEMBERS : g.providerName() + " (" + g.providerCode() + ", " + categoryLabel(g) + ")"),
                fold(groups.stream().sorted(Comparator.comparing((Group g) -> g.contract() == null)
                        .thenComparing(g -> g.contract() == null ? "" : g.contract())).toList(),
                        g -> g.contract() == null ? NO_CONTRACT : g.contract()),
                fold(groups.stream().filter(Group::toMember).sorted(Comparator.comparing(Group::member)).toList(), Group::member),
                total);
    }

    /** Lines in the order of their first group, each summing its groups. */
    private static List<ClaimLine> fold(List<Group> groups, Function<Group, String> label) {
        Map<String, ClaimLine> lines = new LinkedHashMap<>();
        for (Group group : groups) {
            String key = label.apply(group);
            lines.put(key, lines.getOrDefault(key, new ClaimLine(key, 0, 0, 0)).plus(group.claims(), group.amount(), group.paid()));
        }
        return List.copyOf(lines.values());
    }

    static String categoryLabel(Group group) {
        if (group.toMember()) {
            return MEMBERS;
        }
        return group.category() == null ? "Prestataires hors convention" : switch (group.category()) {
            case HOSPITAL -> "Hôpitaux";
            case PUBLIC_FACILITY -> "Établissements publics de santé";
            case PRIVATE_FACILITY -> "Établissements privés";
            case PHARMACY -> "Pharmacies";
        };
    }

    private static int categoryOrder(Group group) {
        return group.toMember() ? 5 : group.category() == null ? 4 : group.category().ordinal();
    }
}
