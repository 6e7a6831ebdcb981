package sn.pmas.premium;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import sn.pmas.ledger.LedgerException;
import sn.pmas.ledger.Rejection;

/** What a premium register's rows may be grouped by. */
public enum RegisterDimension {
    INSURER, GROUP, PRODUCT, MONTH;

    /**
     * @param list names separated by commas, e.g. {@code "insurer,month"}, case-insensitive
     * @throws LedgerException naming {@code field} when a name is unknown
     */
    public static Set<RegisterDimension> parseList(String list, String field) throws LedgerException {
        Set<RegisterDimension> dimensions = EnumSet.noneOf(RegisterDimension.class);
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                dimensions.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new LedgerException(Rejection.FIELD_INVALID, field,
                        "Regroupement inconnu : « " + name.strip() + " » (attendus : insurer, group, product, month).");
            }
        }
        return dimensions;
    }
}
