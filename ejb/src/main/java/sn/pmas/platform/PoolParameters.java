package sn.pmas.platform;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/** The pool's dated parameters ({@code pool_parameter}): the value in force on a date is the latest set on or before it. */
public final class PoolParameters {

    private PoolParameters() {
    }

    public static OptionalLong inForce(EntityManager em, String name, LocalDate on) {
        List<?> rows = em.createNativeQuery("SELECT amount FROM pool_parameter WHERE name = ?1 AND valid_from = "
                        + "(SELECT MAX(valid_from) FROM pool_parameter WHERE name = ?1 AND valid_from <= ?2)")
                .setParameter(1, name).setParameter(2, on).getResultList();
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(SqlValues.longOf(rows.get(0)));
    }
}
