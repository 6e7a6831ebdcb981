package sn.pmas.reconciliation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sn.pmas.platform.Francs;

/**
 * Matches one account's register items with its ledger movements by the entry key (source and
 * reference) and finds the first, by date then reference, whose amounts differ. Several rows or
 * lines under one key are summed first: a receipt and its fee, a claim paid in one entry.
 */
final class ItemMatching {

    private ItemMatching() {
    }

    private record Key(String source, String reference) {
    }

    private static final class Side {
        LocalDate date;
        long register;
        long ledger;
        String label;
        String description;
        boolean inRegister;
        boolean inLedger;

        void at(LocalDate when) {
            date = date == null || when.isBefore(date) ? when : date;
        }
    }

    static FirstDifference firstDifference(String account, long accountRegister, long accountLedger,
                                                     List<RegisterItem> items, List<LedgerMovement> movements) {
        Map<Key, Side> matched = new LinkedHashMap<>();
        for (RegisterItem item : items) {
            Side side = matched.computeIfAbsent(new Key(item.source(), item.reference()), key -> new Side());
            side.at(item.date());
            side.register += item.amount();
            side.inRegister = true;
            side.label = side.label == null ? item.label() : side.label;
        }
        for (LedgerMovement movement : movements) {
            Side side = matched.computeIfAbsent(new Key(movement.source(), movement.reference()), key -> new Side());
            side.at(movement.date());
            side.ledger += movement.amount();
            side.inLedger = true;
            side.description = side.description == null ? movement.description() : side.description;
        }
        return matched.entrySet().stream()
                .filter(entry -> entry.getValue().register != entry.getValue().ledger)
                .min(Comparator.comparing((Map.Entry<Key, Side> entry) -> entry.getValue().date)
                        .thenComparing(entry -> entry.getKey().reference()))
                .map(entry -> {
                    Key key = entry.getKey();
                    Side side = entry.getValue();
                    return new FirstDifference(account, accountRegister, accountLedger, key.source(), key.reference(), side.date,
                            side.register, side.ledger, describe(key, side));
                })
                .orElseGet(() -> new FirstDifference(account, accountRegister, accountLedger, null, null, null, null, null,
                        "Aucune pièce ne diffère seule : écart sur le compte " + account + "."));
    }

    private static String describe(Key key, Side side) {
        String piece = key.source() + " " + key.reference();
        if (!side.inLedger) {
            return side.label + " : " + Francs.amount(side.register) + " au registre, aucune écriture " + piece + " au grand livre.";
        }
        if (!side.inRegister) {
            return "Écriture " + piece + " (" + side.description + ") : " + Francs.amount(side.ledger)
                    + " au grand livre, absente du registre.";
        }
        return side.label + " : " + Francs.amount(side.register) + " au registre, " + Francs.amount(side.ledger)
                + " au grand livre (écriture " + piece + ").";
    }
}
