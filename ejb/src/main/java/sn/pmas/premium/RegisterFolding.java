package sn.pmas.premium;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Folds the register facts read from the views (sums per quittance dimensions, month and kind)
 * into the rows of a register. Flows count in the month they happened; the unpaid stock of a row
 * is every issue less every collection and cancellation of its quittances up to the row's month
 * end, from the very first quittance, so that it equals the arrears at that date.
 */
final class RegisterFolding {

    enum Kind { ISSUED, COLLECTED, CANCELLED, REFUNDED }

    /** The dimensions of a row; those the register is not grouped by are null. */
    record RowKey(String insurerCode, String insurerName, String groupCode, String groupName, String product) {

        private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
        static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::insurerCode, TEXT)
                .thenComparing(RowKey::groupCode, TEXT)
                .thenComparing(RowKey::product, TEXT);

        RowKey keep(Set<RegisterDimension> dimensions) {
            boolean insurer = dimensions.contains(RegisterDimension.INSURER);
            boolean group = dimensions.contains(RegisterDimension.GROUP);
            return new RowKey(insurer ? insurerCode : null, insurer ? insurerName : null, group ? groupCode : null,
                    group ? groupName : null, dimensions.contains(RegisterDimension.PRODUCT) ? product : null);
        }
    }

    /** The sums of one kind of fact for one set of quittance dimensions and one month. */
    record Fact(RowKey key, YearMonth month, Kind kind, long count, long total, long netPremium, long commission) {

        /** What the fact adds to a row; {@code unpaid} carries the change of the stock. */
        RegisterAmounts amounts() {
            return switch (kind) {
                case ISSUED -> new RegisterAmounts(count, total, 0, 0, 0, 0, 0, 0, total);
                case COLLECTED -> new RegisterAmounts(0, 0, total, netPremium, commission, 0, 0, 0, -total);
                case CANCELLED -> new RegisterAmounts(0, 0, 0, 0, 0, total, 0, 0, -total);
                // A refund follows the cancellation of a collected premium: it reopens no arrears.
                case REFUNDED -> new RegisterAmounts(0, 0, 0, 0, 0, 0, total, commission, 0);
            };
        }
    }

    private RegisterFolding() {
    }

    /** @param facts every fact up to {@code criteria.to()}, earlier months included (they carry the stock); later ones are ignored */
    static PremiumRegister fold(RegisterCriteria criteria, List<Fact> facts) {
        Map<RowKey, TreeMap<YearMonth, RegisterAmounts>> byKey = new TreeMap<>(RowKey.ORDER);
        RegisterAmounts flows = RegisterAmounts.ZERO;
        long stock = 0;
        for (Fact fact : facts) {
            if (fact.month().isAfter(criteria.to())) {
                continue;
            }
            RegisterAmounts amounts = fact.amounts();
            byKey.computeIfAbsent(fact.key().keep(criteria.groupBy()), key -> new TreeMap<>())
                    .merge(fact.month(), amounts, RegisterAmounts::plus);
            stock += amounts.unpaid();
            if (!fact.month().isBefore(criteria.from())) {
                flows = flows.plus(amounts);
            }
        }
        List<PremiumRegisterRow> rows = new ArrayList<>();
        boolean byMonth = criteria.groupBy().contains(RegisterDimension.MONTH);
        byKey.forEach((key, months) -> {
            if (byMonth) {
                addMonthlyRows(rows, key, months, criteria);
            } else {
                addSpanRow(rows, key, months, criteria);
            }
        });
        return new PremiumRegister(criteria, List.copyOf(rows), flows.withUnpaid(stock));
    }

    private static void addMonthlyRows(List<PremiumRegisterRow> rows, RowKey key, TreeMap<YearMonth, RegisterAmounts> months,
                                       RegisterCriteria criteria) {
        long stock = months.headMap(criteria.from()).values().stream().mapToLong(RegisterAmounts::unpaid).sum();
        for (YearMonth month = criteria.from(); !month.isAfter(criteria.to()); month = month.plusMonths(1)) {
            RegisterAmounts flows = months.getOrDefault(month, RegisterAmounts.ZERO);
            stock += flows.unpaid();
            add(rows, key, month.toString(), flows.withUnpaid(stock));
        }
    }

    private static void addSpanRow(List<PremiumRegisterRow> rows, RowKey key, TreeMap<YearMonth, RegisterAmounts> months,
                                   RegisterCriteria criteria) {
        long stock = months.values().stream().mapToLong(RegisterAmounts::unpaid).sum();
        RegisterAmounts flows = months.tailMap(criteria.from()).values().stream()
                .reduce(RegisterAmounts.ZERO, RegisterAmounts::plus);
        add(rows, key, null, flows.withUnpaid(stock));
    }

    private static void add(List<PremiumRegisterRow> rows, RowKey key, String month, RegisterAmounts amounts) {
        if (!amounts.isEmpty()) {
            rows.add(new PremiumRegisterRow(key.insurerCode(), key.insurerName(), key.groupCode(), key.groupName(),
                    key.product(), month, amounts));
        }
    }
}
