package sn.pmas.fiscalcalendar;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import sn.pmas.platform.SqlValues;

/** The dated penalty parameters (pool_parameter TAX_LATE_*), read once per request. */
final class PenaltyBook {

    static final String FILING_FINE = "TAX_LATE_FILING_FINE";
    static final String SURCHARGE = "TAX_LATE_PAYMENT_SURCHARGE_BP";
    static final String MONTHLY = "TAX_LATE_PAYMENT_MONTHLY_BP";

    private final Map<String, NavigableMap<LocalDate, Long>> values = new HashMap<>();

    PenaltyBook(EntityManager em) {
        for (Object row : em.createNativeQuery("SELECT name, valid_from, amount FROM pool_parameter WHERE name LIKE 'TAX_LATE_%'")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            values.computeIfAbsent((String) columns[0], name -> new TreeMap<>())
                    .put(SqlValues.dateOf(columns[1]), SqlValues.longOf(columns[2]));
        }
    }

    /** The rates in force on a deadline. */
    PenaltyRates at(LocalDate deadline) {
        return new PenaltyRates(value(FILING_FINE, deadline), value(SURCHARGE, deadline), value(MONTHLY, deadline));
    }

    private long value(String name, LocalDate day) {
        Map.Entry<LocalDate, Long> entry = values.getOrDefault(name, new TreeMap<>()).floorEntry(day);
        return entry == null ? 0 : entry.getValue();
    }
}
